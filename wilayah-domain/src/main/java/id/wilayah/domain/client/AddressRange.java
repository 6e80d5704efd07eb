package id.wilayah.domain.client;

import java.net.InetAddress;

/** One entry of an address setting (trusted proxies, metrics scrapers): an address or a CIDR block (10.0.0.0/8). */
public record AddressRange(byte[] network, int prefixBits) {
    public static AddressRange parse(String entry) {
        String[] parts = entry.strip().split("/", 2);
        InetAddress address = IpAddress.parse(parts[0])
                .orElseThrow(() -> new IllegalArgumentException("Not an IP address or CIDR block: " + entry));
        byte[] bytes = address.getAddress();
        int bits = bytes.length * 8;
        if (parts.length == 2) {
            try {
                bits = Integer.parseInt(parts[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a CIDR prefix length: " + entry, e);
            }
            if (bits < 0 || bits > bytes.length * 8) {
                throw new IllegalArgumentException("Not a CIDR prefix length: " + entry);
            }
        }
        return new AddressRange(bytes, bits);
    }

    public boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefixBits; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
