package id.wilayah.importer.crosswalk;

import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.NameCase;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.RegionFactory;
import id.wilayah.domain.region.Village;
import id.wilayah.importer.format.RegionRow;
import id.wilayah.importer.format.RegionRows;
import id.wilayah.importer.source.BundledDataset;
import id.wilayah.importer.source.RegionFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The bundled datasets (CSV or SQL dump) as read-model snapshots, read once per test JVM, names as imported. */
final class BundledSnapshots {
    private static final Map<BundledDataset, RegionSnapshot> LOADED = new ConcurrentHashMap<>();

    private BundledSnapshots() {
    }

    static RegionSnapshot of(BundledDataset dataset) {
        return LOADED.computeIfAbsent(dataset, BundledSnapshots::load);
    }

    private static RegionSnapshot load(BundledDataset dataset) {
        RegionFactory factory = new RegionFactory(NameCase.AS_IMPORTED);
        List<Province> provinces = new ArrayList<>();
        List<Regency> regencies = new ArrayList<>();
        List<District> districts = new ArrayList<>();
        List<Village> villages = new ArrayList<>();
        for (RegionFile file : RegionFile.values()) {
            try (RegionRows reader = RegionRows.open(file, dataset, Long.MAX_VALUE, Long.MAX_VALUE)) {
                for (RegionRow row = reader.next(); row != null; row = reader.next()) {
                    switch (file) {
                        case PROVINCES -> provinces.add(factory.province(plain(row.code()), row.name()));
                        case REGENCIES -> regencies.add(factory.regency(plain(row.code()), plain(row.parentRef()), row.name(),
                                row.type()));
                        case DISTRICTS -> districts.add(factory.district(plain(row.code()), plain(row.parentRef()), row.name()));
                        case VILLAGES -> villages.add(factory.village(plain(row.code()), plain(row.parentRef()), row.name(),
                                row.type(), row.postalCode()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        EditionInfo edition = new EditionInfo(dataset.ordinal() + 1, dataset.datasetName(),
                dataset.codeSystem().name());
        return new RegionSnapshot(edition, provinces, regencies, districts, villages);
    }

    /** The SQL layout writes codes with dots (11.01.01), as the importer reads them; the editions store digits. */
    private static String plain(String code) {
        return code == null ? null : code.replace(".", "");
    }
}
