package id.wilayah.importer.crosswalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.crosswalk.Crosswalk;
import id.wilayah.domain.crosswalk.CrosswalkLink;
import id.wilayah.domain.crosswalk.MatchKind;
import id.wilayah.domain.crosswalk.chain.ChainedCrosswalk;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Level;
import id.wilayah.domain.region.Regency;
import id.wilayah.domain.region.Region;
import id.wilayah.importer.source.BundledDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The crosswalk through time over the bundled Kemendagri editions, 2016 → 2018 → 2020 → 2022 → 2023 → 2025: each step
 * links nearly every region, and the chain follows the known events (the Papua split of 2022, Kota Sorong's move into
 * Papua Barat Daya). With {@code -Dcrosswalk.report=DIR} it writes the lineage report ({@code lineage.md}) and each
 * step's accuracy report to DIR.
 */
class LineageReportTest {
    private static final List<BundledDataset> CHAIN = List.of(BundledDataset.KEMENDAGRI_2016,
            BundledDataset.KEMENDAGRI_2018, BundledDataset.KEMENDAGRI_2020, BundledDataset.KEMENDAGRI_2022,
            BundledDataset.KEMENDAGRI_2023, BundledDataset.KEMENDAGRI_2025);
    private static final List<Crosswalk> STEPS = new ArrayList<>();

    @BeforeAll
    static void matchConsecutiveEditions() throws IOException {
        String dir = System.getProperty("crosswalk.report");
        for (int i = 1; i < CHAIN.size(); i++) {
            RegionSnapshot from = BundledSnapshots.of(CHAIN.get(i - 1));
            RegionSnapshot to = BundledSnapshots.of(CHAIN.get(i));
            Crosswalk step = Crosswalk.between(from, to);
            STEPS.add(step);
            if (dir != null && !dir.isBlank()) {
                new AccuracyReport(from, to, step).writeTo(Path.of(dir));
            }
        }
        if (dir != null && !dir.isBlank()) {
            Files.writeString(Path.of(dir).resolve("lineage.md"), report());
        }
    }

    @Test
    void everyStepLinksNearlyEveryRegencyAndDistrict() {
        for (Crosswalk step : STEPS) {
            RegionSnapshot from = BundledSnapshots.of(BundledDataset.named(step.source().name()));
            assertTrue(LevelShare.of(from.regencies().all(), step).linkedShare() >= 0.99, step.source().name());
            assertTrue(LevelShare.of(from.districts().all(), step).linkedShare() >= 0.99, step.source().name());
        }
    }

    @Test
    void everyRegencyOfPapuaAndPapuaBaratIn2020LeadsToA2025Regency() {
        Crosswalk chained = chain(2, 5);
        RegionSnapshot y2020 = snapshot(BundledDataset.KEMENDAGRI_2020);
        RegionSnapshot y2025 = snapshot(BundledDataset.KEMENDAGRI_2025);
        List<Regency> papua = papua2020();
        assertEquals(42, papua.size(), "29 regencies of Papua and 13 of Papua Barat in 2020");
        for (Regency regency : papua) {
            List<CrosswalkLink> links = chained.linksOf(regency.code());
            assertFalse(links.isEmpty(), regency.code() + " " + regency.name() + " leads nowhere");
            Region today = y2025.regencies().find(links.get(0).toCode()).orElseThrow();
            assertEquals(key(regency), key(today), regency.code() + " → " + today.code());
        }
        assertEquals("9671", chained.linksOf("9271").get(0).toCode(), "Kota Sorong moved into Papua Barat Daya");
        assertEquals("9301", chained.linksOf("9101").get(0).toCode(), "Merauke moved into Papua Selatan");
        assertTrue(y2020.regencies().find("9271").isPresent());
    }

    private static List<Regency> papua2020() {
        return snapshot(BundledDataset.KEMENDAGRI_2020).regencies().all().stream()
                .filter(r -> r.provinceCode().equals("91") || r.provinceCode().equals("92")).toList();
    }

    /** The steps from edition {@code from} to edition {@code to} of the chain, composed. */
    private static Crosswalk chain(int from, int to) {
        return ChainedCrosswalk.compose(STEPS.subList(from, to));
    }

    private static RegionSnapshot snapshot(BundledDataset dataset) {
        return BundledSnapshots.of(dataset);
    }

    /** A regency's name without its kind and case, for comparing a region with what it became. */
    private static String key(Region region) {
        return region.name().toUpperCase().replaceFirst("^(KABUPATEN|KAB\\.|KOTA)\\s*", "").replaceAll("\\s+", " ")
                .strip();
    }

    private static String report() {
        StringBuilder out = new StringBuilder();
        out.append("# Lineage: Kemendagri 2016 → 2025\n\nGenerated by `LineageReportTest` (see ../CROSSWALK-ACCURACY.md,"
                + " section *Through time*). Consecutive editions are matched as any pair; a chained link is composed"
                + " along the steps, its confidence the product of theirs.\n\n");
        out.append("## Steps\n\n| step | level | source regions | linked | share | same-code | renamed or re-coded"
                + " (name/split/merged) | unlinked |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (Crosswalk step : STEPS) {
            RegionSnapshot from = snapshot(BundledDataset.named(step.source().name()));
            for (Level level : List.of(Level.PROVINCE, Level.REGENCY, Level.DISTRICT, Level.VILLAGE)) {
                LevelShare share = LevelShare.of(from.level(level).all(), step);
                int sameCode = share.byKind().getOrDefault(MatchKind.SAME_CODE, 0);
                out.append(String.format("| %s → %s | %s | %d | %d | %.2f %% | %d | %d | %d |%n",
                        step.source().name(), step.target().name(), level.label(), share.sources(), share.linked(),
                        share.linkedShare() * 100, sameCode, share.linked() - sameCode,
                        share.sources() - share.linked()));
            }
        }
        out.append("\nEach step's samples and review list: `kemendagri-YYYY--kemendagri-YYYY.md` / `-review.csv`.\n");
        papuaSection(out);
        createdSection(out);
        renamedSection(out);
        return out.toString();
    }

    private static void papuaSection(StringBuilder out) {
        Crosswalk chained = chain(2, 5);
        RegionSnapshot y2025 = snapshot(BundledDataset.KEMENDAGRI_2025);
        out.append("\n## The Papua split: every 2020 regency of Papua (91) and Papua Barat (92) in 2025\n\n"
                + "Papua Selatan (93), Papua Tengah (94), Papua Pegunungan (95) and Papua Barat Daya (96) were created"
                + " in 2022 (in the bundled editions: between kemendagri-2022 and kemendagri-2023). Checked by the"
                + " test: every regency leads to the 2025 regency of the same name.\n\n"
                + "| 2020 | name | 2025 | name | province 2025 | match | confidence |\n|---|---|---|---|---|---|---:|\n");
        for (Regency regency : papua2020()) {
            for (CrosswalkLink link : chained.linksOf(regency.code())) {
                Regency today = y2025.regencies().find(link.toCode()).orElseThrow();
                out.append(String.format("| %s | %s | %s | %s | %s | %s | %s |%n", regency.code(), regency.name(),
                        today.code(), today.name(), today.provinceCode(), link.kind().label(), link.confidence()));
            }
        }
    }

    private static void createdSection(StringBuilder out) {
        Crosswalk chained = chain(0, 5);
        Set<String> reached = chained.links().stream().filter(link -> link.level() == Level.REGENCY)
                .map(CrosswalkLink::toCode).collect(Collectors.toCollection(HashSet::new));
        List<Regency> created = snapshot(BundledDataset.KEMENDAGRI_2025).regencies().all().stream()
                .filter(r -> !reached.contains(r.code())).toList();
        out.append("\n## Regencies of 2025 no 2016 regency leads to (created since 2016)\n\n")
                .append(created.size()).append(" regencies.\n\n| 2025 | name |\n|---|---|\n");
        created.forEach(r -> out.append("| ").append(r.code()).append(" | ").append(r.name()).append(" |\n"));
    }

    private static void renamedSection(StringBuilder out) {
        Crosswalk chained = chain(0, 5);
        RegionSnapshot y2016 = snapshot(BundledDataset.KEMENDAGRI_2016);
        RegionSnapshot y2025 = snapshot(BundledDataset.KEMENDAGRI_2025);
        List<String> rows = new ArrayList<>();
        for (District district : y2016.districts().all()) {
            List<CrosswalkLink> links = chained.linksOf(district.code());
            if (links.size() != 1) {
                continue;
            }
            District today = y2025.districts().find(links.get(0).toCode()).orElseThrow();
            if (!district.name().equalsIgnoreCase(today.name())) {
                rows.add(String.format("| %s | %s | %s | %s | %s | %s |", district.code(), district.name(),
                        today.code(), today.name(), links.get(0).kind().label(), links.get(0).confidence()));
            }
        }
        out.append("\n## Districts renamed between 2016 and 2025\n\n").append(rows.size())
                .append(" districts whose one 2025 counterpart is spelled otherwise (case aside); the first 60 by"
                        + " code:\n\n| 2016 | name | 2025 | name | match | confidence |\n|---|---|---|---|---|---:|\n");
        rows.stream().limit(60).forEach(row -> out.append(row).append('\n'));
    }
}
