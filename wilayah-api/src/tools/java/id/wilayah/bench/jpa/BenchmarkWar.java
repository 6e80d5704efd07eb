package id.wilayah.bench.jpa;

import id.wilayah.testsupport.ServerFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The product WAR plus the JPA-per-request comparison surface at /jpa, in an application directory of its own next to
 * the product's (the entrypoint script deploys {@code wilayah.war} from the directory it is given).
 */
public final class BenchmarkWar {
    private BenchmarkWar() {
    }

    public static ServerFiles withJpaPerRequest(ServerFiles product) throws IOException {
        Path appDir = product.appDir().resolve("bench-jpa-app");
        Files.createDirectories(appDir);
        ShrinkWrap.create(ZipImporter.class, "wilayah.war").importFrom(product.war().toFile()).as(WebArchive.class)
                .addClasses(JpaPerRequestApi.class, JpaRegionResource.class)
                .as(ZipExporter.class).exportTo(appDir.resolve("wilayah.war").toFile(), true);
        Path microJar = appDir.resolve("payara-micro.jar");
        if (!Files.exists(microJar, LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(microJar, product.appDir().resolve("payara-micro.jar"));
        }
        return product.withAppDir(appDir);
    }
}
