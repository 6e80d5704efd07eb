package id.wilayah.domain.search;

import id.wilayah.domain.readmodel.NationalDataset;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.NameCase;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * In-process latency of search and name filters over the national dataset. Not a test and not run by the build: run
 * it by hand with the module's test classpath ({@code java -cp target/classes:target/test-classes:<dependencies>
 * id.wilayah.domain.search.SearchLatencyBenchmark}). Prints snapshot build time, retained heap and p50/p99 per query.
 */
public final class SearchLatencyBenchmark {
    private SearchLatencyBenchmark() {
    }

    public static void main(String[] args) {
        long heapBefore = liveHeap();
        long start = System.nanoTime();
        RegionSnapshot snapshot = NationalDataset.load(NameCase.UPPER);
        System.out.printf("load+build %d ms%n", (System.nanoTime() - start) / 1_000_000);
        System.out.printf("retained heap %.1f MB%n", (liveHeap() - heapBefore) / 1e6);
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            new RegionSnapshot(snapshot.edition(), snapshot.provinces().all(), snapshot.regencies().all(),
                    snapshot.districts().all(), snapshot.villages().all());
            System.out.printf("snapshot build (indexes included) %d ms%n", (System.nanoTime() - t) / 1_000_000);
        }
        time("search bandung", () -> snapshot.search("bandung", 20, false));
        time("search badak", () -> snapshot.search("badak", 20, false));
        time("search jakarta", () -> snapshot.search("jakarta", 20, false));
        time("search sukamaju", () -> snapshot.search("sukamaju", 20, false));
        time("search kab", () -> snapshot.search("kab", 20, false));
        time("search an", () -> snapshot.search("an", 20, false));
        time("search ang", () -> snapshot.search("ang", 20, false));
        time("search sari", () -> snapshot.search("sari", 20, false));
        time("search tanjung", () -> snapshot.search("tanjung", 20, false));
        time("search zzzq", () -> snapshot.search("zzzq", 20, false));
        time("search bandung barat", () -> snapshot.search("bandung barat", 20, false));
        time("fuzzy bandug", () -> snapshot.search("bandug", 20, true));
        time("fuzzy bandung", () -> snapshot.search("bandung", 20, true));
        time("fuzzy jogjakarta", () -> snapshot.search("jogjakarta", 20, true));
        time("fuzzy surabya", () -> snapshot.search("surabya", 20, true));
        time("fuzzy pong", () -> snapshot.search("pong", 20, true));
        time("fuzzy bandung barat", () -> snapshot.search("bandung barat", 20, true));
        time("fuzzy sukamju", () -> snapshot.search("sukamju", 20, true));
        time("fuzzy kota baru", () -> snapshot.search("kota baru", 20, true));
        time("fuzzy kab bandung", () -> snapshot.search("kab bandung", 20, true));
        time("fuzzy lubuk pakam", () -> snapshot.search("lubuk pakam", 20, true));
        time("name kelurahan badak", () -> snapshot.villages().list(null, "badak"));
        time("name kelurahan a", () -> snapshot.villages().list(null, "a"));
        time("name kelurahan su", () -> snapshot.villages().list(null, "su"));
        time("name kecamatan pong", () -> snapshot.districts().list(null, "pong"));
        time("name kota bandung", () -> snapshot.regencies().list(null, "bandung"));
        time("name provinsi jawa", () -> snapshot.provinces().list(null, "jawa"));
        time("name kelurahan in kecamatan", () -> snapshot.villages().list("320405", "sa"));
    }

    private static void time(String label, Supplier<Object> query) {
        int warmup = 2_000;
        int runs = 2_000;
        long budget = System.nanoTime() + 4_000_000_000L;
        for (int i = 0; i < warmup && System.nanoTime() < budget; i++) {
            query.get();
        }
        long[] nanos = new long[runs];
        int done = 0;
        budget = System.nanoTime() + 4_000_000_000L;
        for (; done < runs && System.nanoTime() < budget; done++) {
            long t = System.nanoTime();
            query.get();
            nanos[done] = System.nanoTime() - t;
        }
        long[] measured = Arrays.copyOf(nanos, done);
        Arrays.sort(measured);
        System.out.printf("%-30s n=%5d p50 %9.1f us  p99 %9.1f us%n", label, done,
                measured[done / 2] / 1e3, measured[(int) (done * 0.99)] / 1e3);
    }

    private static long liveHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
