package id.wilayah.importer.edition;

import id.wilayah.domain.region.RegionCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The region rows of one edition as a whole: counting and removing them (islands, geometry and children first). */
@ApplicationScoped
public class EditionStorage {
    private static final List<String> REGION_TABLES = List.of("island", "region_geometry", "village", "district",
            "regency", "province");

    @PersistenceContext(unitName = "wilayah")
    EntityManager em;

    @Transactional
    public RegionCounts count(long editionId) {
        return new RegionCounts(count("province", editionId), count("regency", editionId),
                count("district", editionId), count("village", editionId));
    }

    @Transactional
    public void deleteRows(long editionId) {
        for (String table : REGION_TABLES) {
            em.createNativeQuery("delete from " + table + " where edition_id = ?").setParameter(1, editionId)
                    .executeUpdate();
        }
    }

    private int count(String table, long editionId) {
        Number rows = (Number) em.createNativeQuery("select count(*) from " + table + " where edition_id = ?")
                .setParameter(1, editionId).getSingleResult();
        return rows.intValue();
    }
}
