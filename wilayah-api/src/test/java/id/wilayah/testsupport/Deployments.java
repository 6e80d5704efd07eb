package id.wilayah.testsupport;

import id.wilayah.testsupport.shared.SharedDeployments;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR the build produced, deployed as is (named ROOT so it serves at /). */
public final class Deployments {
    private Deployments() {
    }

    /** Served by the server the in-container test classes share (see {@link SharedDeployments}). */
    public static WebArchive productWar() {
        File war = new File(System.getProperty("wilayah.it.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /** The product WAR on a server started for one test class and stopped after it. */
    public static WebArchive ownServer() {
        return SharedDeployments.onItsOwnServer(productWar());
    }
}
