package id.wilayah.api;

import id.wilayah.conformance.ContractClient;
import id.wilayah.conformance.ContractSuite;
import id.wilayah.testsupport.Deployments;
import id.wilayah.testsupport.HungStartWatch;
import id.wilayah.testsupport.SeedEdition;
import id.wilayah.testsupport.WilayahServer;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The whole contract suite against the real WAR. The BPS seed examples are answered by a tiny BPS edition written
 * straight into the shared test database, pinned with ?edition= or translated through with ?codes=bps, so the active
 * edition is never changed.
 */
@ExtendWith({HungStartWatch.class, ArquillianExtension.class})
@RunAsClient
@Execution(ExecutionMode.SAME_THREAD)
class ConformanceIT extends ContractSuite {
    private static SeedEdition bps;

    @ArquillianResource
    URL url;

    private ContractClient client;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @BeforeEach
    void connect() throws InterruptedException {
        WilayahServer server = new WilayahServer(url).awaitReady();
        client = new ContractClient(server.base(), server.initialApiKey());
        if (bps == null) {
            bps = SeedEdition.bpsExamples(bpsEdition()).awaitServedBy(server, server.initialApiKey());
        }
    }

    /** Forgotten too, so that a class run again (failsafe's rerun) seeds again. */
    @AfterAll
    static void removeSeedEdition() {
        if (bps != null) {
            bps.close();
            bps = null;
        }
    }

    @Override
    protected ContractClient client() {
        return client;
    }
}
