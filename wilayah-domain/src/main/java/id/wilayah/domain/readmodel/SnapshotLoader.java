package id.wilayah.domain.readmodel;

import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.island.Island;
import id.wilayah.domain.island.Islands;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.NameCase;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.Region;
import id.wilayah.domain.region.RegionFactory;
import id.wilayah.domain.region.Village;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads one edition's ~92k rows with plain JDBC (streamed, no entity per row) into an immutable snapshot. */
@ApplicationScoped
public class SnapshotLoader {
    @Resource(lookup = "java:app/jdbc/wilayah")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "wilayah.api.name-case", defaultValue = "UPPER")
    NameCase nameCase;

    public RegionSnapshot load(EditionInfo edition) {
        try (Connection connection = dataSource.getConnection()) {
            RegionFactory names = new RegionFactory(nameCase);
            List<Province> provinces = query(connection, edition.id(),
                    "select code, name from province where edition_id = ?",
                    rs -> names.province(rs.getString(1), rs.getString(2)));
            List<Regency> regencies = query(connection, edition.id(),
                    "select code, province_code, name, type from regency where edition_id = ?",
                    rs -> names.regency(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            List<District> districts = query(connection, edition.id(),
                    "select code, regency_code, name from district where edition_id = ?",
                    rs -> names.district(rs.getString(1), rs.getString(2), rs.getString(3)));
            List<Village> villages = query(connection, edition.id(),
                    "select code, district_code, name, type, postal_code from village where edition_id = ?",
                    rs -> names.village(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
            List<Island> islands = query(connection, edition.id(),
                    "select code, regency_code, name, lat, lng, populated, outermost from island where edition_id = ?",
                    rs -> island(rs));
            return new RegionSnapshot(edition, provinces, regencies, districts, villages, new Islands(islands));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load edition " + edition.name() + " into memory", e);
        }
    }

    /**
     * One region of an edition, named as a snapshot would name it, read without loading the edition: what a region's
     * history needs of each older edition.
     */
    public Optional<Region> region(EditionInfo edition, Level level, String code) {
        String sql = switch (level) {
            case PROVINCE -> "select code, null, name, null from province where edition_id = ? and code = ?";
            case REGENCY -> "select code, province_code, name, type from regency where edition_id = ? and code = ?";
            case DISTRICT -> "select code, regency_code, name, null from district where edition_id = ? and code = ?";
            case VILLAGE -> "select code, district_code, name, type from village where edition_id = ? and code = ?";
        };
        RegionFactory names = new RegionFactory(nameCase);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, edition.id());
            statement.setString(2, code);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(switch (level) {
                    case PROVINCE -> names.province(rs.getString(1), rs.getString(3));
                    case REGENCY -> names.regency(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
                    case DISTRICT -> names.district(rs.getString(1), rs.getString(2), rs.getString(3));
                    case VILLAGE -> names.village(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            null);
                });
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + level.label() + " " + code + " of edition "
                    + edition.name(), e);
        }
    }

    private Island island(ResultSet rs) throws SQLException {
        String name = nameCase.apply(rs.getString(3));
        return new Island(rs.getString(1), rs.getString(2), name, name.toUpperCase(Locale.ROOT),
                rs.getObject(4, Double.class), rs.getObject(5, Double.class), rs.getObject(6, Boolean.class),
                rs.getBoolean(7));
    }

    private static <T> List<T> query(Connection connection, long editionId, String sql, RowMapper<T> mapper)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, editionId);
            statement.setFetchSize(5000);
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        }
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
