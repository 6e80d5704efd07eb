package id.wilayah.importer.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The files of the SQL layout, as github.com/cahyadsn/wilayah publishes each decree: the regions of all four levels in
 * one dump ({@code wilayah.sql}, rows {@code (kode, nama)} with dotted codes) and, optionally, the villages' postal
 * codes from github.com/cahyadsn/wilayah_kodepos ({@code wilayah_kodepos.sql}, rows {@code (kode, kodepos)}).
 */
public enum SqlDumpFile {
    REGIONS("wilayah"),
    POSTAL_CODES("wilayah_kodepos");

    private final String baseName;

    SqlDumpFile(String baseName) {
        this.baseName = baseName;
    }

    public String fileName() {
        return baseName + ".sql";
    }

    /**
     * Matches an upload's field or file name: {@code wilayah.sql}, {@code wilayah_2022.sql}, or
     * {@code wilayah_kodepos.sql}, {@code wilayah_kodepos_2023.sql}, each also as {@code .sql.gz}.
     */
    public static Optional<SqlDumpFile> named(String name) {
        String base = name == null ? "" : name.strip().toLowerCase(Locale.ROOT)
                .replaceFirst("(_\\d{4})?\\.sql(\\.gz)?$", "");
        return Arrays.stream(values()).filter(file -> file.baseName.equals(base)).findFirst();
    }
}
