package id.wilayah.bench;

import id.wilayah.api.http.json.JsonConfiguration;
import id.wilayah.api.http.json.KeptLists;
import id.wilayah.api.odoo.view.KecamatanItem;
import id.wilayah.api.odoo.view.KelurahanItem;
import id.wilayah.api.odoo.view.KotaItem;
import id.wilayah.api.odoo.view.ProvinsiItem;
import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.readmodel.SnapshotCodes;
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
import id.wilayah.importer.validation.EditionValidation;
import java.io.IOException;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Heap taken by the read model of the national dataset: the same records, shared strings and indexes the server
 * builds, then the JSON of every list the server keeps once requested (each parent's children, all provinces, all
 * kota), measured as the growth of the live heap after full collections in this JVM.
 */
final class ReadModelFootprint {
    private ReadModelFootprint() {
    }

    record Footprint(long snapshotBytes, long keptListBytes, int keptLists) {
        long totalBytes() {
            return snapshotBytes + keptListBytes;
        }
    }

    static Footprint measure(String dataset) throws IOException {
        JsonConfiguration.JSONB.toJson(new ProvinsiItem("00", "JSON-B WARM-UP", null));
        long before = liveHeap();
        RegionSnapshot snapshot = build(BundledDataset.named(dataset));
        long built = liveHeap();
        if (snapshot.counts().total() == 0) {
            throw new IllegalStateException("empty snapshot");
        }
        KeptLists lists = new KeptLists();
        int keptLists = keepEveryList(snapshot, lists);
        long kept = liveHeap();
        Reference.reachabilityFence(lists);
        return new Footprint(built - before, kept - built, keptLists);
    }

    private static int keepEveryList(RegionSnapshot snapshot, KeptLists lists) {
        List<Optional<byte[]>> kept = new ArrayList<>();
        SnapshotCodes codes = snapshot.codes();
        Function<Province, ProvinsiItem> provinsi = province -> ProvinsiItem.of(codes, province);
        Function<Regency, KotaItem> kota = regency -> KotaItem.of(codes, regency);
        Function<District, KecamatanItem> kecamatan = district -> KecamatanItem.of(codes, district);
        Function<Village, KelurahanItem> kelurahan = village -> KelurahanItem.of(codes, village);
        kept.add(lists.json(snapshot, snapshot.provinces(), null, provinsi));
        kept.add(lists.json(snapshot, snapshot.regencies(), null, kota));
        snapshot.provinces().all().forEach(province ->
                kept.add(lists.json(snapshot, snapshot.regencies(), province.code(), kota)));
        snapshot.regencies().all().forEach(regency ->
                kept.add(lists.json(snapshot, snapshot.districts(), regency.code(), kecamatan)));
        snapshot.districts().all().forEach(district ->
                kept.add(lists.json(snapshot, snapshot.villages(), district.code(), kelurahan)));
        return (int) kept.stream().filter(Optional::isPresent).count();
    }

    /** The regions of a bundled dataset as the server loads them (names in upper case). */
    record Regions(List<Province> provinces, List<Regency> regencies, List<District> districts,
                   List<Village> villages) {
        static Regions of(BundledDataset dataset) throws IOException {
            RegionFactory factory = new RegionFactory(NameCase.UPPER);
            EditionValidation validation = new EditionValidation();
            return new Regions(
                    rows(dataset, RegionFile.PROVINCES, validation, row -> factory.province(row.code(), row.name())),
                    rows(dataset, RegionFile.REGENCIES, validation,
                            row -> factory.regency(row.code(), row.parentRef(), row.name(), row.type())),
                    rows(dataset, RegionFile.DISTRICTS, validation,
                            row -> factory.district(row.code(), row.parentRef(), row.name())),
                    rows(dataset, RegionFile.VILLAGES, validation, row -> factory.village(row.code(),
                            row.parentRef(), row.name(), row.type(), row.postalCode())));
        }
    }

    private static RegionSnapshot build(BundledDataset dataset) throws IOException {
        Regions regions = Regions.of(dataset);
        return new RegionSnapshot(new EditionInfo(1, dataset.datasetName(), dataset.codeSystem().name()),
                regions.provinces(), regions.regencies(), regions.districts(), regions.villages());
    }

    /** The level's rows as an import accepts them: canonical codes and types, whatever the dataset's layout. */
    private static <T> List<T> rows(BundledDataset dataset, RegionFile file, EditionValidation validation,
                                    Function<RegionRow, T> factory) throws IOException {
        List<T> rows = new ArrayList<>();
        try (RegionRows reader = RegionRows.open(file, dataset, Long.MAX_VALUE, Long.MAX_VALUE)) {
            for (RegionRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(factory.apply(validation.check(row)));
            }
        }
        return rows;
    }

    static long liveHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
