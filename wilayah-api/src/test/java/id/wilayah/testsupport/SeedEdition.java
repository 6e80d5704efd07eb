package id.wilayah.testsupport;

import id.wilayah.testsupport.database.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A tiny READY edition in BPS codes (Kertasari), never activated, as the first start stages bps-2018, and like it
 * published to every key; written straight into the shared test database, removed again by {@link #close()}. Not
 * created when an edition of that name already exists, e.g. a bundled one. Both bump the editions version, as an
 * import and retention do, so the server's next cluster poll re-reads its ready editions.
 */
public final class SeedEdition implements AutoCloseable {
    private static final String BUMP_EDITIONS_VERSION =
            "update active_edition set editions_version = editions_version + 1";
    private static final Duration SERVED_WITHIN = Duration.ofSeconds(10);
    private final String name;
    private final Long createdId;

    private SeedEdition(String name, Long createdId) {
        this.name = name;
        this.createdId = createdId;
    }

    public static SeedEdition bpsKertasari(String name) {
        return seed(name, List.of());
    }

    /**
     * Kertasari as {@link #bpsKertasari} plus the other examples of CONTRACT §4 in BPS codes: SERPONG {@code 3674020}
     * in KOTA TANGERANG SELATAN, and SIMEULUE {@code 1101}, whose code is ACEH SELATAN's in Kemendagri's system.
     */
    public static SeedEdition bpsExamples(String name) {
        return seed(name, List.of(
                "insert into province (edition_id, code, name) values (%1$d, '11', 'ACEH'), (%1$d, '36', 'BANTEN')",
                "insert into regency (edition_id, code, province_code, name, type) values"
                        + " (%1$d, '1101', '11', 'KABUPATEN SIMEULUE', 'KABUPATEN'),"
                        + " (%1$d, '3674', '36', 'KOTA TANGERANG SELATAN', 'KOTA')",
                "insert into district (edition_id, code, regency_code, name) values"
                        + " (%1$d, '3674020', '3674', 'SERPONG')"));
    }

    /** {@code moreRows}: inserts with {@code %1$d} for the edition's id. */
    private static SeedEdition seed(String name, List<String> moreRows) {
        try (Connection db = TestDatabase.SHARED.connect()) {
            try (PreparedStatement exists = db.prepareStatement("select id from edition where name = ?")) {
                exists.setString(1, name);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return new SeedEdition(name, null);
                    }
                }
            }
            long id;
            try (PreparedStatement edition = db.prepareStatement("insert into edition (name, code_system, source,"
                    + " status,"
                    + " province_count, regency_count, district_count, village_count, created_at, imported_at)"
                    + " values (?, 'BPS', 'test seed', 'READY', 1, 1, 1, 2, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                Timestamp now = Timestamp.from(Instant.now());
                edition.setString(1, name);
                edition.setTimestamp(2, now);
                edition.setTimestamp(3, now);
                edition.executeUpdate();
                try (ResultSet keys = edition.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (Statement rows = db.createStatement()) {
                rows.executeUpdate("insert into province (edition_id, code, name) values (" + id
                        + ", '32', 'JAWA BARAT')");
                rows.executeUpdate("insert into regency (edition_id, code, province_code, name, type) values (" + id
                        + ", '3204', '32', 'KABUPATEN BANDUNG', 'KABUPATEN')");
                rows.executeUpdate("insert into district (edition_id, code, regency_code, name) values (" + id
                        + ", '3204050', '3204', 'KERTASARI')");
                rows.executeUpdate("insert into village (edition_id, code, district_code, name) values (" + id
                        + ", '3204050001', '3204050', 'NEGLAWANGI'), (" + id + ", '3204050002', '3204050', 'SANTOSA')");
                for (String more : moreRows) {
                    rows.executeUpdate(String.format(more, id));
                }
                rows.executeUpdate(BUMP_EDITIONS_VERSION);
            }
            return new SeedEdition(name, id);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seed edition " + name, e);
        }
    }

    /**
     * Listed at once, but answered from only after the server's next cluster poll has re-read the ready editions: waits
     * for that, so that no test asks before.
     */
    public SeedEdition awaitServedBy(WilayahServer server, String apiKey) throws InterruptedException {
        Instant deadline = Instant.now().plus(SERVED_WITHIN);
        while (server.get("/api/kecamatan/3204050?edition=" + name, apiKey).statusCode() != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Seed edition " + name + " not served within " + SERVED_WITHIN);
            }
            Thread.sleep(100);
        }
        return this;
    }

    @Override
    public void close() {
        if (createdId == null) {
            return;
        }
        try (Connection db = TestDatabase.SHARED.connect(); Statement delete = db.createStatement()) {
            for (String table : new String[] {"village", "district", "regency", "province", "edition"}) {
                String column = table.equals("edition") ? "id" : "edition_id";
                delete.executeUpdate("delete from " + table + " where " + column
                        + " = " + createdId);
            }
            delete.executeUpdate(BUMP_EDITIONS_VERSION);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not remove seed edition " + createdId, e);
        }
    }
}
