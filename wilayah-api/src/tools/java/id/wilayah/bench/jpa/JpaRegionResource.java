package id.wilayah.bench.jpa;

import id.wilayah.api.nusantara.view.DistrictItem;
import id.wilayah.api.nusantara.view.Page;
import id.wilayah.api.nusantara.view.PageMeta;
import id.wilayah.api.nusantara.view.VillageItem;
import id.wilayah.api.odoo.view.KecamatanItem;
import id.wilayah.api.odoo.view.detail.CodeName;
import id.wilayah.api.odoo.view.detail.KotaDetail;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.RegionCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The same paths and JSON as /api and /nusantara, each answered by native queries through the product's persistence
 * unit against the active edition's rows (the region rows have no entities: the product only reads them into its
 * snapshot). Name filters are a case-insensitive substring, as in the product.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JpaRegionResource {
    private static final int NUSANTARA_PAGE = 10;

    @PersistenceContext(unitName = "wilayah")
    EntityManager em;

    @GET
    @Path("api/kota/{code}")
    public KotaDetail kota(@PathParam("code") String code) {
        List<Object[]> rows = rows("select r.code, r.name, p.code, p.name from regency r"
                + " join active_edition a on a.edition_id = r.edition_id"
                + " join province p on p.edition_id = r.edition_id and p.code = r.province_code"
                + " where r.code = ?1", RegionCode.normalize(Level.REGENCY, code));
        return rows.stream().findFirst()
                .map(row -> new KotaDetail(text(row[0]), text(row[1]),
                        new CodeName(text(row[2]), text(row[3]), null), null, null, null))
                .orElseThrow(() -> new NotFoundException("Kota " + code + " not found"));
    }

    @GET
    @Path("api/kecamatan")
    public List<KecamatanItem> kecamatan(@QueryParam("kode_kota") String regencyCode) {
        return rows("select d.code, d.name, d.regency_code from district d"
                + " join active_edition a on a.edition_id = d.edition_id"
                + " where d.regency_code = ?1 order by d.code", RegionCode.normalize(Level.REGENCY, regencyCode))
                .stream().map(row -> new KecamatanItem(text(row[0]), text(row[1]), text(row[2]), null)).toList();
    }

    @GET
    @Path("nusantara/kecamatan")
    public Page<DistrictItem> nusantaraKecamatan(@QueryParam("name") String name) {
        return firstPage("district", "d.code, d.regency_code, d.name", name,
                row -> new DistrictItem(text(row[0]), text(row[1]), text(row[2])));
    }

    @GET
    @Path("nusantara/kelurahan")
    public Page<VillageItem> nusantaraKelurahan(@QueryParam("name") String name) {
        return firstPage("village", "d.code, d.district_code, d.name, d.postal_code", name,
                row -> new VillageItem(text(row[0]), text(row[1]), text(row[2]), text(row[3])));
    }

    private <T> Page<T> firstPage(String table, String columns, String name, Function<Object[], T> item) {
        String from = " from " + table + " d join active_edition a on a.edition_id = d.edition_id"
                + " where lower(d.name) like ?1";
        String pattern = "%" + (name == null ? "" : name.toLowerCase(Locale.ROOT)) + "%";
        long total = ((Number) em.createNativeQuery("select count(*)" + from).setParameter(1, pattern)
                .getSingleResult()).longValue();
        List<T> data = rows("select " + columns + from + " order by d.code limit " + NUSANTARA_PAGE, pattern)
                .stream().map(item).toList();
        return new Page<>(data, new PageMeta(NUSANTARA_PAGE, 1, (int) total));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String parameter) {
        return em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
    }

    private static String text(Object column) {
        return column == null ? null : column.toString();
    }
}
