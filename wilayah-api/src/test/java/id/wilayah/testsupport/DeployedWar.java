package id.wilayah.testsupport;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The in-container tests' common ground: the product WAR, deployed by Arquillian on Payara Micro, called over HTTP as
 * its clients call it, through {@link #server} (ready before each test). A start that hangs is reported
 * ({@link HungStartWatch}).
 */
@ExtendWith({HungStartWatch.class, ArquillianExtension.class})
@RunAsClient
public abstract class DeployedWar {
    @ArquillianResource
    private URL url;

    protected WilayahServer server;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.productWar();
    }

    @BeforeEach
    protected void awaitServer() throws InterruptedException {
        server = new WilayahServer(url).awaitReady();
    }
}
