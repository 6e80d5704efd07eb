package id.wilayah.testsupport;

import java.nio.file.Path;

/**
 * What starts a server: docker/entrypoint.sh, and the directory holding {@code wilayah.war} and
 * {@code payara-micro.jar}, as the image holds them in /opt/wilayah.
 */
public record ServerFiles(Path entrypoint, Path appDir) {
    /** As the POM hands them to the integration tests and the tools. */
    public static ServerFiles fromSystemProperties() {
        return new ServerFiles(Path.of(System.getProperty("wilayah.entrypoint")),
                Path.of(System.getProperty("wilayah.app-dir")));
    }

    public ServerFiles withAppDir(Path otherAppDir) {
        return new ServerFiles(entrypoint, otherAppDir);
    }

    public Path war() {
        return appDir.resolve("wilayah.war");
    }
}
