package id.wilayah.domain.client;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client address of a request. Forwarding headers are believed only when the direct peer is a configured proxy;
 * then the right-most hop that is not a trusted proxy is the client, because everything left of it was written by
 * the client itself and can be forged. With no proxies configured (the default) the peer address is the client.
 */
@ApplicationScoped
public class TrustedProxies {
    public static final String FORWARDED = "Forwarded";
    public static final String X_FORWARDED_FOR = "X-Forwarded-For";

    @Inject
    @ConfigProperty(name = "wilayah.http.trusted-proxies")
    Optional<String> configured;

    private AddressRanges proxies = AddressRanges.parse("");

    TrustedProxies() {
    }

    TrustedProxies(String commaSeparated) {
        this.configured = Optional.of(commaSeparated);
        parseConfigured();
    }

    @PostConstruct
    void parseConfigured() {
        proxies = AddressRanges.parse(configured.orElse(""));
    }

    /**
     * @param peer the address of the TCP peer
     * @param forwarded the Forwarded header lines in arrival order (may be null); preferred as the standard header
     * @param forwardedFor the X-Forwarded-For header lines in arrival order (may be null)
     */
    public String clientAddress(String peer, List<String> forwarded, List<String> forwardedFor) {
        Optional<InetAddress> peerAddress = IpAddress.parse(peer);
        if (peerAddress.isEmpty() || !isTrusted(peerAddress.get())) {
            return peer;
        }
        List<String> hops = forwardedHops(forwarded);
        if (hops.isEmpty()) {
            hops = listHops(forwardedFor);
        }
        InetAddress client = peerAddress.get();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpAddress.parse(withoutPort(hops.get(i)));
            if (hop.isEmpty()) {
                // Obfuscated or garbled: the proxy that wrote it is the last address we can vouch for.
                break;
            }
            client = hop.get();
            if (!isTrusted(client)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    private boolean isTrusted(InetAddress address) {
        return proxies.contains(address);
    }

    private static List<String> listHops(List<String> lines) {
        List<String> hops = new ArrayList<>();
        if (lines != null) {
            for (String line : lines) {
                Arrays.stream(line.split(",")).map(String::strip).forEach(hops::add);
            }
        }
        return hops;
    }

    /** The for= value of each element of RFC 7239 Forwarded headers, e.g. {@code for=192.0.2.60;proto=http}. */
    private static List<String> forwardedHops(List<String> lines) {
        List<String> hops = new ArrayList<>();
        for (String element : listHops(lines)) {
            for (String pair : element.split(";")) {
                String[] nameValue = pair.split("=", 2);
                if (nameValue.length == 2 && nameValue[0].strip().toLowerCase(Locale.ROOT).equals("for")) {
                    hops.add(nameValue[1].strip().replace("\"", ""));
                }
            }
        }
        return hops;
    }

    /** Strips {@code [v6]:port}, {@code [v6]} and {@code v4:port} down to the address. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end < 0 ? hop : hop.substring(1, end);
        }
        int colon = hop.indexOf(':');
        return colon >= 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }
}
