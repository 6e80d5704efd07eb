package id.wilayah.launcher;

import id.wilayah.testsupport.Directories;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * Payara Micro's root directory under the Wilayah home, kept between starts because a warm start is what the run
 * command is measured on. It holds an unpacked runtime with a launcher jar (no nested-jar unpacking per boot), the
 * deployed application (a later start boots it as it is instead of deploying the WAR again, which would load it
 * twice) and a dynamic class-data-sharing archive written at the end of the first run and mapped by later runs.
 * All three belong to one WAR, Payara jar and JVM: when any of them changes, the directory starts over.
 */
final class PayaraRootDir {
    private static final String STAMP = "wilayah-deployed.sha256";
    private static final String ARCHIVE = "wilayah-classes.jsa";

    private final Path root;
    private final String fingerprint;
    private final boolean deployed;

    private PayaraRootDir(Path root, String fingerprint, boolean deployed) {
        this.root = root;
        this.fingerprint = fingerprint;
        this.deployed = deployed;
    }

    /** Reuses the directory if it serves this very WAR on this Payara and JVM, else recreates it with a launcher. */
    static PayaraRootDir prepare(Path root, Path war, Path microJar, List<String> jvmOptions)
            throws IOException, InterruptedException {
        String fingerprint = fingerprint(war, microJar, jvmOptions);
        Path stamp = root.resolve(STAMP);
        boolean deployed = Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)
                && Files.exists(root.resolve("launch-micro.jar"));
        if (!deployed) {
            Directories.deleteRecursively(root);
            writeLauncher(root, microJar);
        }
        return new PayaraRootDir(root, fingerprint, deployed);
    }

    Path root() {
        return root;
    }

    Path launcher() {
        return root.resolve("launch-micro.jar");
    }

    /** Maps the archive of an earlier run, or writes one when this run ends (an invalid archive is ignored). */
    List<String> classDataSharingOptions() {
        Path archive = root.resolve(ARCHIVE);
        return Files.exists(archive)
                ? List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto")
                : List.of("-XX:ArchiveClassesAtExit=" + archive);
    }

    /** The WAR to deploy, unless the directory already holds it. */
    List<String> deployArguments(Path war) {
        return deployed ? List.of() : List.of("--deploy", war.toString(), "--contextroot", "/");
    }

    /** Records that the application in the directory is this WAR; called once it served. */
    void markDeployed() throws IOException {
        if (!deployed) {
            Files.writeString(root.resolve(STAMP), fingerprint);
        }
    }

    private static void writeLauncher(Path root, Path microJar) throws IOException, InterruptedException {
        Files.createDirectories(root);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-jar", microJar.toString(),
                "--rootdir", root.toString(), "--outputlauncher")
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("outputlauncher.log").toFile())
                .start();
        if (process.waitFor() != 0 || !Files.exists(root.resolve("launch-micro.jar"))) {
            throw new IOException("Payara Micro could not write its launcher; see " + root.resolve("outputlauncher.log"));
        }
    }

    /** The WAR's content (entry names, CRCs, sizes: a rebuild of unchanged sources keeps it), Payara, JVM, options. */
    private static String fingerprint(Path war, Path microJar, List<String> jvmOptions) throws IOException {
        MessageDigest digest = sha256();
        List<String> parts = new ArrayList<>();
        try (ZipFile zip = new ZipFile(war.toFile())) {
            zip.stream().forEach(entry -> parts.add(entry.getName() + ':' + entry.getCrc() + ':' + entry.getSize()));
        }
        parts.sort(Comparator.naturalOrder());
        parts.add(microJar.getFileName() + ":" + Files.size(microJar));
        parts.add(System.getProperty("java.home") + ":" + System.getProperty("java.vm.version"));
        parts.addAll(jvmOptions);
        parts.forEach(part -> digest.update((part + '\n').getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
