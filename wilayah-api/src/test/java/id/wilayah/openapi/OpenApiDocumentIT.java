package id.wilayah.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import id.wilayah.testsupport.DeployedWar;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The document integrators generate their clients from: it passes Redocly's recommended rules with invalid examples
 * counted as errors, and it is the committed snapshot the build generates the tests' Java client from.
 */
class OpenApiDocumentIT extends DeployedWar {
    private static final Path SNAPSHOT = Path.of(System.getProperty("wilayah.openapi.snapshot"));
    private static final Path OUT = Path.of(System.getProperty("wilayah.app-dir"), "openapi");

    /** The document in YAML, as a browser or curl gets it. */
    private String served() {
        HttpResponse<String> document = server.send(HttpRequest.newBuilder(server.base().resolve("/openapi")).GET()
                .build());
        assertEquals(200, document.statusCode());
        return document.body();
    }

    @Test
    void lintsCleanWithTheRecommendedRules() throws IOException, InterruptedException {
        Files.createDirectories(OUT);
        Path document = Files.writeString(OUT.resolve("served.yaml"), served());
        Path report = OUT.resolve("lint.txt");
        List<String> command = new ArrayList<>(Arrays.asList(System.getProperty("wilayah.redocly").split(" ")));
        command.addAll(List.of("lint", "--config", System.getProperty("wilayah.redocly.config"),
                "--format=stylish", "--max-problems", "1000", document.toString()));
        Process lint;
        try {
            lint = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(report.toFile()).start();
            lint.getOutputStream().close();
        } catch (IOException missing) {
            fail("Cannot run the OpenAPI linter (" + String.join(" ", command) + "): it needs Node.js 20+ with npx "
                    + "(apt-get install nodejs npm; .ci/run installs them)", missing);
            return;
        }
        if (!lint.waitFor(5, TimeUnit.MINUTES)) {
            lint.destroyForcibly();
            fail("The OpenAPI linter did not finish within 5 minutes; its output so far is in " + report);
        }
        String output = Files.readString(report, StandardCharsets.UTF_8);
        assertEquals(0, lint.exitValue(), () -> "Redocly's recommended rules find errors in the served document ("
                + document + "):\n" + output);
    }

    @Test
    void servedDocumentIsTheCommittedSnapshot() throws IOException {
        String yaml = served();
        JsonNode served = new YAMLMapper().readTree(yaml);
        JsonNode committed = new YAMLMapper().readTree(Files.readString(SNAPSHOT));
        if (!served.equals(committed)) {
            Files.createDirectories(OUT);
            Path fresh = Files.writeString(OUT.resolve("served.yaml"), yaml);
            fail("The served OpenAPI document differs from " + SNAPSHOT + ", which the Java client of the tests is "
                    + "generated from: review the difference and copy " + fresh + " over it\n"
                    + firstDifference(served, committed, ""));
        }
    }

    /** Where two documents first differ, as a JSON pointer with both values, so the failure says what changed. */
    static String firstDifference(JsonNode served, JsonNode committed, String at) {
        if (served.isObject() && committed.isObject()) {
            for (String name : served.propertyNames()) {
                String inner = firstDifference(served.path(name), committed.path(name), at + "/" + name);
                if (!inner.isEmpty()) {
                    return inner;
                }
            }
            for (String name : committed.propertyNames()) {
                if (!served.has(name)) {
                    return at + "/" + name + ": only in the snapshot";
                }
            }
            return "";
        }
        return served.equals(committed) ? "" : at + ": served " + JsonMapper.shared().writeValueAsString(served)
                + ", committed " + JsonMapper.shared().writeValueAsString(committed);
    }
}
