package id.wilayah.bench.jpa;

import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The product WAR plus the JPA-per-request comparison surface at /jpa, written next to it for the benchmark. */
public final class BenchmarkWar {
    private BenchmarkWar() {
    }

    public static Path withJpaPerRequest(Path productWar) {
        Path benchWar = productWar.toAbsolutePath().getParent().resolve("wilayah-bench-jpa.war");
        ShrinkWrap.create(ZipImporter.class, "wilayah.war").importFrom(productWar.toFile()).as(WebArchive.class)
                .addClasses(JpaPerRequestApi.class, JpaRegionResource.class)
                .as(ZipExporter.class).exportTo(benchWar.toFile(), true);
        return benchWar;
    }
}
