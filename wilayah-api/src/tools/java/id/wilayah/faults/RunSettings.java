package id.wilayah.faults;

import java.time.Duration;

/**
 * The run's shape; system properties {@code faults.*} shorten it while developing (the committed output is the full
 * run: 32 clients, 3 minutes, a 30 s outage).
 */
record RunSettings(int clients, Duration duration, Duration before, Duration otherEditionHeld, Duration grace,
                   Duration rotationHeld, Duration outage, Duration minimumAfter, long thinkMillis) {

    static RunSettings fromSystemProperties() {
        return new RunSettings(
                Integer.getInteger("faults.clients", 32),
                seconds("faults.duration-seconds", 180),
                seconds("faults.before-seconds", 15),
                seconds("faults.other-edition-seconds", 10),
                seconds("faults.grace-seconds", 8),
                seconds("faults.rotation-seconds", 15),
                seconds("faults.outage-seconds", 30),
                seconds("faults.min-after-seconds", 20),
                Long.getLong("faults.think-millis", 0));
    }

    private static Duration seconds(String property, long defaultSeconds) {
        return Duration.ofSeconds(Long.getLong(property, defaultSeconds));
    }
}
