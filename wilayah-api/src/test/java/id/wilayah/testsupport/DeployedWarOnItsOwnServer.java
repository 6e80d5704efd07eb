package id.wilayah.testsupport;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The product WAR on a server started for the test class alone and stopped after it: for a class that leaves the
 * server in a state no other class should meet (connections held open, workers tied up) or that needs it fresh.
 */
public abstract class DeployedWarOnItsOwnServer extends WarUnderTest {
    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.ownServer();
    }
}
