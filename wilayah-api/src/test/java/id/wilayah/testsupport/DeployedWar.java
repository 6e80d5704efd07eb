package id.wilayah.testsupport;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The product WAR on the server the in-container test classes share: each class finds it as the classes before it
 * left it (the database too), so a class creates the keys and editions it relies on and asserts on what it changed.
 */
public abstract class DeployedWar extends WarUnderTest {
    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.productWar();
    }
}
