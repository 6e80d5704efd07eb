package id.wilayah.testsupport;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The in-container tests' common ground: the product WAR, deployed by Arquillian on Payara Micro (as
 * {@link DeployedWar} or {@link DeployedWarOnItsOwnServer}), called over HTTP as its clients call it, through
 * {@link #server} (ready before each test). A start that hangs is reported ({@link HungStartWatch}). These classes
 * share a server and a database, so they run one after another on one thread, while the classes with servers and
 * databases of their own run beside them.
 */
@ExtendWith({HungStartWatch.class, ArquillianExtension.class})
@RunAsClient
@Execution(ExecutionMode.SAME_THREAD)
public abstract class WarUnderTest {
    @ArquillianResource
    private URL url;

    protected WilayahServer server;

    @BeforeEach
    protected void awaitServer() throws InterruptedException {
        server = new WilayahServer(url).awaitReady();
    }
}
