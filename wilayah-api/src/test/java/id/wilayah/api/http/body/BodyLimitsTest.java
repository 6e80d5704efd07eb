package id.wilayah.api.http.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BodyLimitsTest {
    private static BodyLimits limits(long maxBodyBytes) {
        BodyLimits limits = new BodyLimits();
        limits.maxBodyBytes = maxBodyBytes;
        return limits;
    }

    @Test
    void theBulkEndpointsTakeTheirTablesAndEveryOtherPathTheSetting() {
        BodyLimits limits = limits(262_144);
        assertEquals(new BodyLimits.Limit(6L << 20, "10,000 addresses of the bulk resolution"),
                limits.forPath("/api/resolve"));
        assertEquals(new BodyLimits.Limit(2L << 20, "100,000 codes of the bulk crosswalk"),
                limits.forPath("/api/crosswalk"));
        assertEquals(new BodyLimits.Limit(262_144, BodyLimits.MAX_BODY_KEY), limits.forPath("/api/resolve/x"));
    }

    /** 10,000 addresses of 500 characters as a JSON array: quotes, commas and a space each. */
    @Test
    void theLargestBulkResolutionFitsAndALargerSettingIsKept() {
        long largest = 10_000L * (500 + 4) + 2;
        assertTrue(limits(262_144).forPath("/api/resolve").bytes() > largest);
        assertEquals(8L << 20, limits(8L << 20).forPath("/api/resolve").bytes());
    }
}
