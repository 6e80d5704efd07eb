package id.wilayah.conformance;

import java.net.URI;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The contract suite against a server somebody already runs:
 * {@code ./mvnw -B -pl wilayah-api -am -Pconformance verify -Dwilayah.base-url=URL -Dwilayah.api-key=KEY}.
 */
@EnabledIfSystemProperty(named = "wilayah.base-url", matches = ".+")
class RemoteServerConformanceIT extends ContractSuite {
    private final ContractClient client = new ContractClient(URI.create(System.getProperty("wilayah.base-url")),
            System.getProperty("wilayah.api-key"));

    @Override
    protected ContractClient client() {
        return client;
    }
}
