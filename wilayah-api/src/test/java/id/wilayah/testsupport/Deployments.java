package id.wilayah.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR the build produced, deployed as is (named ROOT so it serves at /). */
public final class Deployments {
    private Deployments() {
    }

    public static WebArchive productWar() {
        File war = new File(System.getProperty("wilayah.it.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
