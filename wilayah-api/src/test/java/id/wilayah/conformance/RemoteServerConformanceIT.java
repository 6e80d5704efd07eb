package id.wilayah.conformance;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The contract suite against a server somebody already runs:
 * {@code ./mvnw -B -pl wilayah-api -am -Pconformance verify -Dwilayah.base-url=URL -Dwilayah.api-key=KEY}.
 */
@EnabledIfSystemProperty(named = "wilayah.base-url", matches = ".+")
class RemoteServerConformanceIT extends ContractSuite {
    private final ContractClient client = new ContractClient(URI.create(System.getProperty("wilayah.base-url")),
            System.getProperty("wilayah.api-key"));

    /** A server that was just started may still be loading its edition; give it the time a first start takes. */
    @BeforeEach
    void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (client.send(client.request("/health/ready").GET().build()).statusCode() != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Server not ready within 3 minutes: " + client.request("/").build());
            }
            Thread.sleep(1000);
        }
    }

    @Override
    protected ContractClient client() {
        return client;
    }
}
