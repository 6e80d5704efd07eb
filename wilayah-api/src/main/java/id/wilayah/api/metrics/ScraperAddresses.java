package id.wilayah.api.metrics;

import id.wilayah.domain.client.AddressRanges;
import id.wilayah.domain.client.IpAddress;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The client addresses ({@code wilayah.metrics.scrapers}: addresses or CIDR blocks) that read /metrics without a key. */
@ApplicationScoped
public class ScraperAddresses {
    @Inject
    @ConfigProperty(name = "wilayah.metrics.scrapers")
    Optional<String> configured;

    private AddressRanges ranges = AddressRanges.parse("");

    @PostConstruct
    void parseConfigured() {
        ranges = AddressRanges.parse(configured.orElse(""));
    }

    boolean allows(String client) {
        return IpAddress.parse(client).map(ranges::contains).orElse(false);
    }
}
