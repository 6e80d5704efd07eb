package id.wilayah.importer.validation;

import id.wilayah.importer.source.ImportSource;
import id.wilayah.importer.source.RegionFile;
import id.wilayah.importer.source.SqlDumpFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** An upload in the SQL layout, held in memory: the dumps' text, or gzip-compressed test resources. */
final class SqlSource implements ImportSource {
    private final Map<SqlDumpFile, byte[]> dumps = new EnumMap<>(SqlDumpFile.class);

    static SqlSource of(String regions) {
        return new SqlSource().with(SqlDumpFile.REGIONS, regions);
    }

    /** {@code sql/NAME/wilayah.sql.gz} and, if present, {@code wilayah_kodepos.sql.gz} on the test class path. */
    static SqlSource resources(String name) {
        SqlSource source = new SqlSource();
        for (SqlDumpFile dump : SqlDumpFile.values()) {
            try (InputStream in = SqlSource.class.getResourceAsStream("/sql/" + name + "/" + dump.fileName() + ".gz")) {
                if (in != null) {
                    source.dumps.put(dump, new GZIPInputStream(in).readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    SqlSource with(SqlDumpFile dump, String text) {
        dumps.put(dump, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    @Override
    public String parameter() {
        return "memory:sql";
    }

    @Override
    public InputStream open(RegionFile file) {
        return null;
    }

    @Override
    public long size(RegionFile file) {
        return 0;
    }

    @Override
    public boolean hasSqlDump() {
        return dumps.containsKey(SqlDumpFile.REGIONS);
    }

    @Override
    public Optional<InputStream> openDump(SqlDumpFile dump, long maxUnpackedBytes) {
        return Optional.ofNullable(dumps.get(dump)).map(ByteArrayInputStream::new);
    }

    @Override
    public long dumpSize(SqlDumpFile dump) {
        return dumps.containsKey(dump) ? dumps.get(dump).length : 0;
    }
}
