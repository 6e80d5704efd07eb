package id.wilayah.domain.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
    private final TrustedProxies proxies = new TrustedProxies("10.0.0.0/8, 192.0.2.1, fd00::/8");

    @Test
    void withoutTrustedProxiesTheHeadersAreIgnored() {
        TrustedProxies none = new TrustedProxies("");
        assertEquals("10.1.1.1", none.clientAddress("10.1.1.1", null, List.of("203.0.113.7")));
    }

    @Test
    void anUntrustedPeerCannotClaimAnotherAddress() {
        assertEquals("198.51.100.9", proxies.clientAddress("198.51.100.9", List.of("for=203.0.113.7"),
                List.of("203.0.113.7")));
    }

    @Test
    void theRightMostUntrustedHopIsTheClientAndForgedHopsToItsLeftAreIgnored() {
        assertEquals("203.0.113.7", proxies.clientAddress("10.0.0.2", null,
                List.of("1.2.3.4, 203.0.113.7", "10.9.9.9")));
    }

    @Test
    void theStandardForwardedHeaderIsPreferredAndItsPortsAndQuotesStripped() {
        assertEquals("2001:db8:cafe:0:0:0:0:17", proxies.clientAddress("192.0.2.1",
                List.of("for=\"[2001:db8:cafe::17]:4711\";proto=https, for=10.0.0.5;by=192.0.2.1"),
                List.of("203.0.113.8")));
        assertEquals("203.0.113.8", proxies.clientAddress("192.0.2.1", List.of("proto=https"),
                List.of("203.0.113.8:5555")));
    }

    @Test
    void anUnreadableHopLeavesTheLastTrustedProxyAsTheClient() {
        assertEquals("10.0.0.5", proxies.clientAddress("10.0.0.2", List.of("for=unknown, for=10.0.0.5"), null));
        assertEquals("10.0.0.2", proxies.clientAddress("10.0.0.2", null, List.of("evil.example")));
    }

    @Test
    void aChainOfTrustedProxiesOnlyYieldsItsLeftMostHop() {
        assertEquals("10.0.0.3", proxies.clientAddress("10.0.0.2", null, List.of("10.0.0.3, 10.0.0.4")));
        assertEquals("fd00:0:0:0:0:0:0:1", proxies.clientAddress("fd12::1", null, List.of("fd00::1")));
    }

    @Test
    void aBadSettingFailsAtStartup() {
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies("proxy.example"));
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies("300.1.1.1"));
    }
}
