package id.wilayah.domain.client;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/** An address setting (trusted proxies, metrics scrapers): a comma-separated list of addresses and CIDR blocks. */
public record AddressRanges(List<AddressRange> ranges) {
    public static AddressRanges parse(String commaSeparated) {
        return new AddressRanges(Arrays.stream(commaSeparated.split(",")).filter(entry -> !entry.isBlank())
                .map(AddressRange::parse).toList());
    }

    public boolean contains(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }
}
