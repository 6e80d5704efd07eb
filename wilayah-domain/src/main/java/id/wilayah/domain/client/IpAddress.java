package id.wilayah.domain.client;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses IP literals only: header values and settings must never trigger a DNS lookup. */
public final class IpAddress {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private IpAddress() {
    }

    public static Optional<InetAddress> parse(String text) {
        String literal = text.strip();
        boolean v4 = IPV4.matcher(literal).matches() && octetsFit(literal);
        if (!v4 && !IPV6.matcher(literal).matches()) {
            return Optional.empty();
        }
        try {
            // Safe: a dotted quad within range or a text with ':' is parsed as a literal, never resolved.
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean octetsFit(String dottedQuad) {
        for (String octet : dottedQuad.split("\\.")) {
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }
}
