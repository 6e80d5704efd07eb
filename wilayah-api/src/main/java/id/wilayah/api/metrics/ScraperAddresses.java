package id.wilayah.api.metrics;

import id.wilayah.domain.client.AddressRange;
import id.wilayah.domain.client.IpAddress;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The client addresses ({@code wilayah.metrics.scrapers}: addresses or CIDR blocks) that read /metrics without a key. */
@ApplicationScoped
public class ScraperAddresses {
    @Inject
    @ConfigProperty(name = "wilayah.metrics.scrapers")
    Optional<String> configured;

    private List<AddressRange> ranges = List.of();

    @PostConstruct
    void parseConfigured() {
        ranges = Arrays.stream(configured.orElse("").split(",")).filter(entry -> !entry.isBlank())
                .map(AddressRange::parse).toList();
    }

    boolean allows(String client) {
        return IpAddress.parse(client).map(address -> ranges.stream().anyMatch(range -> range.contains(address)))
                .orElse(false);
    }
}
