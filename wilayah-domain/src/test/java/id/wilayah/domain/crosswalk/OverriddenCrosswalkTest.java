package id.wilayah.domain.crosswalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import id.wilayah.domain.region.Level;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An administrator's overrides on top of a computed crosswalk: they replace the links of the regions they name. */
class OverriddenCrosswalkTest {
    private final Crosswalk computed = Crosswalk.between(
            new TestEdition("bps").region("32", null, "JAWA BARAT").region("3204", "32", "KABUPATEN BANDUNG")
                    .region("3204050", "3204", "KERTASARI").region("3204060", "3204", "PANGALENGAN")
                    .region("3204070", "3204", "NO SUCH PLACE").snapshot(),
            new TestEdition("kemendagri").region("32", null, "Jawa Barat").region("3204", "32", "Kabupaten Bandung")
                    .region("320431", "3204", "Kertasari").region("320432", "3204", "Pangalengan")
                    .region("320433", "3204", "Pacet").region("320434", "3204", "Cimaung").snapshot());

    @Test
    void aManualLinkReplacesTheComputedOneAndAnUnlinkLeavesNone() {
        assertEquals(List.of("320431 exact-name 1.0"), links(computed, "3204050"));
        assertEquals(List.of(), links(computed, "3204070"));

        Crosswalk overridden = computed.replacing(Map.of(
                "3204050", List.of(),
                "3204070", List.of(CrosswalkLink.manual(Level.DISTRICT, "3204070", "320433"))));

        assertEquals(List.of(), links(overridden, "3204050"));
        assertEquals(List.of("320433 manual 1.0"), links(overridden, "3204070"));
        assertEquals(List.of("320432 exact-name 1.0"), links(overridden, "3204060"), "other regions keep theirs");
        assertEquals(computed.links().size(), overridden.links().size());
    }

    @Test
    void aManualSplitGivesSeveralLinksInTheCrosswalksOrder() {
        Crosswalk overridden = computed.replacing(Map.of("3204060", List.of(
                CrosswalkLink.manual(Level.DISTRICT, "3204060", "320433"),
                CrosswalkLink.manual(Level.DISTRICT, "3204060", "320432"))));
        assertEquals(List.of("320432 manual 1.0", "320433 manual 1.0"), links(overridden, "3204060"));
        List<String> order = overridden.links().stream().map(CrosswalkLink::fromCode).toList();
        assertEquals(List.of("32", "3204", "3204050", "3204060", "3204060"), order, "level, then source code");
    }

    @Test
    void noOverridesServeTheComputedCrosswalkItself() {
        assertSame(computed, computed.replacing(Map.of()));
    }

    private static List<String> links(Crosswalk crosswalk, String code) {
        return crosswalk.linksOf(code).stream()
                .map(link -> link.toCode() + " " + link.kind().label() + " " + link.confidence()).toList();
    }
}
