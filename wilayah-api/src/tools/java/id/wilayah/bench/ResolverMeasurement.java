package id.wilayah.bench;

import id.wilayah.domain.resolve.AddressResolver;
import id.wilayah.domain.resolve.Resolution;
import id.wilayah.importer.source.BundledDataset;
import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The address resolver of each bundled edition, measured in process as activation builds it: its heap (live heap growth
 * after full collections, the regions themselves not counted, as the read model already holds them), its build time
 * (the first build in a fresh JVM, as at start-up, and the best of later ones, as at a later activation), the latency
 * of one resolution in a few styles, and 10,000 addresses resolved one after another, as the bulk endpoint does.
 * Usage: {@code ResolverMeasurement OUTPUT.md}.
 */
public final class ResolverMeasurement {
    private static final int BUILD_ROUNDS = 3;
    private static final int WARM_UP = 20_000;
    private static final int MEASURED = 20_000;
    private static final int BULK = 10_000;
    /**
     * The label of the issue, and the styles integrators send, all naming regions of kemendagri-2025; also the bulk
     * body of the HTTP benchmark.
     */
    static final List<String> STYLES = List.of(
            "Jl. Raya Kertasari No. 12, Desa Neglawangi, Kec. Kertasari, Kab. Bandung, Jawa Barat 40386",
            "JL MERDEKA NO 5 RT 003 RW 002 KEL NEGLAWANGI KEC KERTASARI KAB BANDUNG JAWA BARAT",
            "neglawangi kertasari bandung jawa barat",
            "Jawa Barat, Kab. Bandung, Kec. Kertasari, Desa Neglawangi",
            "Neglawangi 40386",
            "Jl. Senayan 3, Kel. Senayan, Kebayoran Baru, Jaksel",
            "Desa Neglawangi, Kec. Kertasri, Kab. Bandung",
            "Sarijadi, Sukasari, Kota Bandung");

    private ResolverMeasurement() {
    }

    public static void main(String[] args) throws IOException {
        StringBuilder md = new StringBuilder()
                .append("# Address resolver\n\nWritten by `ResolverMeasurement` (`./mvnw -Pbench-resolve`) on ")
                .append(LocalDate.now()).append(", JDK ").append(Runtime.version()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB; in process, no server.\n\n")
                .append("## Per edition, as activation builds it\n\n")
                .append("| edition | regions | heap MB | first build s | best of ").append(BUILD_ROUNDS)
                .append(" s | target |\n|---|---:|---:|---:|---:|---|\n");
        AddressResolver national = null;
        for (BundledDataset dataset : BundledDataset.values()) {
            AddressResolver resolver = measureBuild(dataset, md);
            if (dataset == BundledDataset.KEMENDAGRI_2025) {
                national = resolver;
            }
        }
        md.append("\nA server holds one resolver per edition that resolves an address, built on the first one; a "
                + "translated snapshot (keys in BPS codes) reads with its edition's resolver and only answers in "
                + "its codes, so it adds nothing to these figures.\n\n");
        latency(national, md);
        Path report = Path.of(args[0]);
        Files.writeString(report, md);
        System.out.println(md);
    }

    private static AddressResolver measureBuild(BundledDataset dataset, StringBuilder md) throws IOException {
        ReadModelFootprint.Regions regions = ReadModelFootprint.Regions.of(dataset);
        long before = ReadModelFootprint.liveHeap();
        long started = System.nanoTime();
        AddressResolver resolver = build(regions);
        double first = (System.nanoTime() - started) / 1e9;
        long heap = ReadModelFootprint.liveHeap() - before;
        double best = Double.MAX_VALUE;
        for (int round = 0; round < BUILD_ROUNDS; round++) {
            long start = System.nanoTime();
            Reference.reachabilityFence(build(regions));
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        int count = regions.provinces().size() + regions.regencies().size() + regions.districts().size()
                + regions.villages().size();
        boolean pass = heap < 60_000_000 && first < 5;
        md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.2f | %.2f | < 60 MB, built in < 5 s: %s |%n",
                dataset.datasetName(), count, heap / 1e6, first, best, pass ? "pass" : "FAIL"));
        return resolver;
    }

    private static AddressResolver build(ReadModelFootprint.Regions regions) {
        return new AddressResolver(regions.provinces(), regions.regencies(), regions.districts(), regions.villages());
    }

    private static void latency(AddressResolver resolver, StringBuilder md) {
        for (int i = 0; i < WARM_UP; i++) {
            resolver.resolve(STYLES.get(i % STYLES.size()), 5);
        }
        md.append("## Latency in process (kemendagri-2025, one thread, after ").append(String.format(Locale.ROOT,
                        "%,d", WARM_UP)).append(" unmeasured)\n\n")
                .append("| input | resolutions | p50 ms | p99 ms | max ms | best candidate |\n")
                .append("|---|---:|---:|---:|---:|---|\n");
        for (String style : STYLES) {
            long[] nanos = new long[MEASURED / STYLES.size()];
            Resolution last = null;
            for (int i = 0; i < nanos.length; i++) {
                long start = System.nanoTime();
                last = resolver.resolve(style, 5);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            md.append(String.format(Locale.ROOT, "| `%s` | %,d | %.3f | %.3f | %.3f | %s |%n", style, nanos.length,
                    nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6,
                    nanos[nanos.length - 1] / 1e6, best(last)));
        }
        List<String> bulk = new ArrayList<>(BULK);
        for (int i = 0; i < BULK; i++) {
            bulk.add(STYLES.get(i % STYLES.size()).replace("12", Integer.toString(i)));
        }
        long start = System.nanoTime();
        for (String address : bulk) {
            resolver.resolve(address, 1);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        md.append(String.format(Locale.ROOT, "%n%,d addresses (the styles above in turn) resolved one after another, "
                + "limit 1, as `POST /api/resolve` does before it writes: %.2f s (target for the endpoint < 3 s): "
                + "%s%n", BULK, seconds, seconds < 3 ? "pass" : "FAIL"));
    }

    private static String best(Resolution resolution) {
        if (resolution.candidates().isEmpty()) {
            return "none";
        }
        var candidate = resolution.candidates().get(0);
        String code = candidate.village() != null ? candidate.village().code()
                : candidate.district() != null ? candidate.district().code()
                : candidate.regency() != null ? candidate.regency().code() : candidate.province().code();
        return String.format(Locale.ROOT, "%s %.2f", code, candidate.confidence());
    }
}
