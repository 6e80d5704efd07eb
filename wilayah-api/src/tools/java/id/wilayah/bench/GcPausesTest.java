package id.wilayah.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GcPausesTest {
    @Test
    void sumsStopTheWorldPausesOfEveryCollectorAndSkipsConcurrentPhases() {
        GcPauses pauses = GcPauses.of(List.of(
                "[0.012s][info][gc] Using G1",
                "[1.503s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 40M->9M(768M) 4.250ms",
                "[2.100s][info][gc] GC(1) Concurrent Mark Cycle 35.122ms",
                "[2.101s][info][gc] GC(1) Pause Remark 30M->30M(768M) 1.750ms",
                "[3.000s][info][gc] GC(2) Pause Young (Allocation Failure) 200M->20M(736M) 12.000ms",
                "[4.000s][info][gc] GC(3) Pause Full (System.gc()) 50M->18M(736M) 80.500ms"));
        assertEquals(4, pauses.count());
        assertEquals(98.5, pauses.totalMillis(), 1e-9);
        assertEquals(80.5, pauses.maxMillis(), 1e-9);
    }
}
