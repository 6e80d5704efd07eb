package id.wilayah.api.http.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.wilayah.domain.edition.EditionInfo;
import id.wilayah.domain.readmodel.RegionSnapshot;
import id.wilayah.domain.region.District;
import id.wilayah.domain.region.Province;
import id.wilayah.domain.region.Village;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeptListsTest {
    private final KeptLists kept = new KeptLists();

    private static RegionSnapshot snapshot(String edition, List<Village> villages) {
        return new RegionSnapshot(new EditionInfo(1, edition, "KEMENDAGRI"),
                List.of(new Province("32", "JAWA BARAT", "JAWA BARAT"), new Province("31", "DKI JAKARTA", "DKI")),
                List.of(), List.of(new District("320401", "3204", "BANDUNGAN", "BANDUNGAN"),
                        new District("320402", "3204", "CIPONGKOR", "CIPONGKOR")), villages);
    }

    private static Village village(int number) {
        String code = "320401" + String.format("%04d", number);
        return new Village(code, "320401", "DESA " + number, "DESA", null, "DESA " + number);
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Test
    void aWholeListIsSerialisedOncePerSnapshotAndParent() {
        RegionSnapshot snapshot = snapshot("a", List.of());
        AtomicInteger views = new AtomicInteger();
        Function<District, String> view = district -> {
            views.incrementAndGet();
            return district.name();
        };
        byte[] first = kept.json(snapshot, snapshot.districts(), "3204", view).orElseThrow();
        byte[] again = kept.json(snapshot, snapshot.districts(), "3204", view).orElseThrow();
        assertEquals("[\"BANDUNGAN\",\"CIPONGKOR\"]", text(first));
        assertSame(first, again);
        assertEquals(2, views.get());
        assertEquals("[\"31\",\"32\"]", text(kept.json(snapshot, snapshot.provinces(), null, Province::code)
                .orElseThrow()));
    }

    @Test
    void eachSnapshotHasItsOwnBodies() {
        RegionSnapshot older = snapshot("a", List.of());
        RegionSnapshot newer = snapshot("b", List.of());
        byte[] fromOlder = kept.json(older, older.districts(), "3204", District::code).orElseThrow();
        byte[] fromNewer = kept.json(newer, newer.districts(), "3204", District::code).orElseThrow();
        assertNotSame(fromOlder, fromNewer);
        assertSame(fromOlder, kept.json(older, older.districts(), "3204", District::code).orElseThrow());
        assertSame(fromNewer, kept.json(newer, newer.districts(), "3204", District::code).orElseThrow());
    }

    @Test
    void unknownParentsAndLongListsAreNotKept() {
        List<Village> villages = new ArrayList<>();
        IntStream.rangeClosed(1, KeptLists.LIMIT + 1).forEach(n -> villages.add(village(n)));
        RegionSnapshot snapshot = snapshot("a", villages);
        assertTrue(kept.json(snapshot, snapshot.districts(), "9999", District::code).isEmpty());
        assertTrue(kept.json(snapshot, snapshot.villages(), "320401", Village::code).isEmpty());
        assertTrue(kept.json(snapshot, snapshot.villages(), null, Village::code).isEmpty());
    }
}
