package id.wilayah.importer;

import id.wilayah.domain.NotFoundException;
import id.wilayah.domain.region.CodeSystem;
import id.wilayah.importer.format.RegionFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/** Datasets shipped inside the importer jar under {@code datasets/NAME/*.csv.gz}. */
public enum BundledDataset {
    KEMENDAGRI_2025("kemendagri-2025", CodeSystem.KEMENDAGRI,
            "Kepmendagri No. 300.2.2-2430 Tahun 2025 (via cahyadsn/wilayah, MIT)");

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

    public InputStream open(RegionFile file) throws IOException {
        String resource = "datasets/" + datasetName + "/" + file.baseName() + ".csv.gz";
        InputStream compressed = BundledDataset.class.getClassLoader().getResourceAsStream(resource);
        if (compressed == null) {
            throw new IOException("Bundled file " + resource + " is missing from the importer jar");
        }
        return new GZIPInputStream(compressed, 64 * 1024);
    }

    public static BundledDataset named(String name) {
        return Arrays.stream(values()).filter(dataset -> dataset.datasetName.equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("No bundled dataset named '" + name + "'"));
    }
}
