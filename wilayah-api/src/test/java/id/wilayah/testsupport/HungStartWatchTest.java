package id.wilayah.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HungStartWatchTest {
    private static final String DUMP = """
            Full thread dump OpenJDK 64-Bit Server VM (17.0.15+6-Debian-1deb12u1 mixed mode, sharing):

            "main" #1 prio=5 os_prio=0 cpu=9000ms elapsed=160s tid=0x1 nid=0x2 waiting on condition
               java.lang.Thread.State: TIMED_WAITING (sleeping)
            \tat java.lang.Thread.sleep(java.base@17.0.15/Native Method)
            \tat id.wilayah.domain.lifecycle.DatabaseMigration.firstConnection(DatabaseMigration.java:80)

            "Reference Handler" #2 daemon prio=10 os_prio=0 tid=0x3 nid=0x4 waiting on condition
               java.lang.Thread.State: RUNNABLE
            \tat java.lang.ref.Reference.waitForReferencePendingList(java.base@17.0.15/Native Method)

            "pool-1" #30 prio=5 os_prio=0 tid=0x5 nid=0x6 waiting for monitor entry
               java.lang.Thread.State: BLOCKED (on object monitor)
            \tat org.glassfish.hk2.Locator.find(Locator.java:10)

            "http-thread-pool::http-listener(1)" #40 daemon prio=5 tid=0x7 nid=0x8 waiting on condition
               java.lang.Thread.State: WAITING (parking)
            \tat jdk.internal.misc.Unsafe.park(java.base@17.0.15/Native Method)
            """;

    @Test
    void keepsTheMainThreadOursAndTheBlockedOnesOnly() {
        String kept = HungStartWatch.tellingThreads(DUMP);

        assertTrue(kept.startsWith("\"main\""), kept);
        assertTrue(kept.contains("DatabaseMigration.firstConnection"), kept);
        assertTrue(kept.contains("\"pool-1\""), kept);
        assertFalse(kept.contains("Reference Handler"), kept);
        assertFalse(kept.contains("http-listener"), kept);
        assertFalse(kept.contains("Full thread dump"), kept);
    }

    @Test
    void cutsLongStacks() {
        String longStack = "\"main\" #1\n" + "\tat a.B.c(B.java:1)\n".repeat(100);

        assertEquals(30, HungStartWatch.tellingThreads(longStack).lines().count());
    }
}
