package id.wilayah.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link SeedEdition} for one test class: written before its first test, removed after its last (and written again
 * if failsafe runs the class again). Register it as a static {@code @RegisterExtension} field.
 */
public final class SeededEdition implements BeforeEachCallback, AfterAllCallback {
    private static final Duration SERVED_WITHIN = Duration.ofSeconds(10);

    private final Supplier<SeedEdition> seeding;
    private SeedEdition seed;

    private SeededEdition(Supplier<SeedEdition> seeding) {
        this.seeding = seeding;
    }

    public static SeededEdition of(Supplier<SeedEdition> seeding) {
        return new SeededEdition(seeding);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (seed == null) {
            seed = seeding.get();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (seed != null) {
            seed.close();
            seed = null;
        }
    }

    /**
     * Waits until {@code served} holds: a seed is listed at once but answered from only after the server's next
     * cluster poll has re-read the ready editions.
     */
    public void awaitServed(BooleanSupplier served) throws InterruptedException {
        Instant deadline = Instant.now().plus(SERVED_WITHIN);
        while (!served.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Seed edition not served within " + SERVED_WITHIN);
            }
            Thread.sleep(100);
        }
    }
}
