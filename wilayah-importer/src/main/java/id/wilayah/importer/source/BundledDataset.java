package id.wilayah.importer.source;

import id.wilayah.domain.edition.CodeSystem;
import id.wilayah.domain.failure.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Datasets shipped inside the importer jar under {@code datasets/NAME/*.csv.gz}, with boundaries as
 * {@code *.geojson.gz} next to them where the dataset has them; the historical editions are shipped as the upstream
 * SQL dump itself ({@code datasets/NAME/wilayah.sql.gz}, byte for byte as published, gzip-compressed) and read in the
 * SQL layout, so what is bundled can be checked against its source.
 */
public enum BundledDataset implements ImportSource {
    KEMENDAGRI_2025("kemendagri-2025", CodeSystem.KEMENDAGRI,
            "Kepmendagri No. 300.2.2-2430 Tahun 2025 (via cahyadsn/wilayah, MIT)"),
    KEMENDAGRI_2023("kemendagri-2023", CodeSystem.KEMENDAGRI,
            "Kepmendagri No. 100.1.1-6117 Tahun 2022 (via cahyadsn/wilayah archive, MIT)"),
    KEMENDAGRI_2022("kemendagri-2022", CodeSystem.KEMENDAGRI,
            "Permendagri No. 58 Tahun 2021 (via cahyadsn/wilayah archive, MIT)"),
    KEMENDAGRI_2020("kemendagri-2020", CodeSystem.KEMENDAGRI,
            "Permendagri No. 72 Tahun 2019 (via cahyadsn/wilayah archive, MIT)"),
    KEMENDAGRI_2018("kemendagri-2018", CodeSystem.KEMENDAGRI,
            "Permendagri No. 137 Tahun 2017 (via cahyadsn/wilayah archive, MIT)"),
    KEMENDAGRI_2016("kemendagri-2016", CodeSystem.KEMENDAGRI,
            "Permendagri No. 56 Tahun 2015 (via cahyadsn/wilayah archive, MIT)"),
    BPS_2018("bps-2018", CodeSystem.BPS,
            "BPS master list 2018 (via emsifa/api-wilayah-indonesia, MIT)");

    private final String datasetName;
    private final CodeSystem codeSystem;
    private final String source;

    BundledDataset(String datasetName, CodeSystem codeSystem, String source) {
        this.datasetName = datasetName;
        this.codeSystem = codeSystem;
        this.source = source;
    }

    public String datasetName() {
        return datasetName;
    }

    public CodeSystem codeSystem() {
        return codeSystem;
    }

    public String source() {
        return source;
    }

    @Override
    public String parameter() {
        return BUNDLED + datasetName;
    }

    @Override
    public InputStream open(RegionFile file) throws IOException {
        String resource = "datasets/" + datasetName + "/" + file.baseName() + ".csv.gz";
        InputStream compressed = BundledDataset.class.getClassLoader().getResourceAsStream(resource);
        if (compressed == null) {
            throw new IOException("Bundled file " + resource + " is missing from the importer jar");
        }
        return new GZIPInputStream(compressed, 64 * 1024);
    }

    /** The product's own files, trusted like its code: unpacked whole, whatever the limit for uploads. */
    @Override
    public Optional<InputStream> openGeometry(RegionFile file, long maxUnpackedBytes) throws IOException {
        String resource = "datasets/" + datasetName + "/" + file.baseName() + ".geojson.gz";
        InputStream compressed = BundledDataset.class.getClassLoader().getResourceAsStream(resource);
        return compressed == null ? Optional.empty() : Optional.of(new GZIPInputStream(compressed, 64 * 1024));
    }

    @Override
    public Optional<InputStream> openIslands(long maxBytes) throws IOException {
        String resource = "datasets/" + datasetName + "/islands.csv.gz";
        InputStream compressed = BundledDataset.class.getClassLoader().getResourceAsStream(resource);
        return compressed == null ? Optional.empty() : Optional.of(new GZIPInputStream(compressed, 64 * 1024));
    }

    @Override
    public long size(RegionFile file) {
        return -1;
    }

    @Override
    public boolean hasSqlDump() {
        return BundledDataset.class.getClassLoader().getResource(dumpResource(SqlDumpFile.REGIONS)) != null;
    }

    /** The product's own files, trusted like its code: unpacked whole, whatever the limit for uploads. */
    @Override
    public Optional<InputStream> openDump(SqlDumpFile dump, long maxUnpackedBytes) {
        InputStream compressed = BundledDataset.class.getClassLoader().getResourceAsStream(dumpResource(dump));
        try {
            return compressed == null ? Optional.empty() : Optional.of(new GZIPInputStream(compressed, 64 * 1024));
        } catch (IOException e) {
            throw new UncheckedIOException("Bundled file " + dumpResource(dump) + " is not gzip-compressed", e);
        }
    }

    @Override
    public long dumpSize(SqlDumpFile dump) {
        return -1;
    }

    private String dumpResource(SqlDumpFile dump) {
        return "datasets/" + datasetName + "/" + dump.fileName() + ".gz";
    }

    /**
     * Whether the edition of this name and source was imported from a bundled dataset: an upload may take a bundled
     * dataset's name, but its source names the upload.
     */
    public static boolean imported(String editionName, String editionSource) {
        return Arrays.stream(values()).anyMatch(dataset -> dataset.datasetName.equals(editionName)
                && dataset.source.equals(editionSource));
    }

    public static BundledDataset named(String name) {
        return Arrays.stream(values()).filter(dataset -> dataset.datasetName.equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("No bundled dataset named '" + name + "'"));
    }
}
