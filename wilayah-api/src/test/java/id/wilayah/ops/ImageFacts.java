package id.wilayah.ops;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the image built by docker/Dockerfile does, read from the Dockerfile, its start script and the compose file:
 * its environment, the port it serves on, its own health check, its default JVM options, the stop time it needs.
 */
record ImageFacts(Map<String, String> environment, int exposedPort, URI healthCheck, String portVariable,
                  int scriptDefaultPort, String scriptJavaOptionsVariable, String scriptDefaultJavaOptions,
                  String script, int composeStopGraceSeconds) {

    static ImageFacts read(Path docker) throws IOException {
        String dockerfile = Files.readString(docker.resolve("Dockerfile")).replace("\\\n", " ");
        String script = Files.readString(docker.resolve("entrypoint.sh"));
        String compose = Files.readString(docker.resolve("compose.yaml"));
        Map<String, String> environment = new TreeMap<>();
        Matcher env = Pattern.compile("(?m)^ENV (.*)$").matcher(dockerfile);
        while (env.find()) {
            Matcher pair = Pattern.compile("(\\w+)=(\\S+)").matcher(env.group(1));
            while (pair.find()) {
                environment.put(pair.group(1), pair.group(2));
            }
        }
        Matcher port = find(script, "--port \"\\$\\{(\\w+):-(\\d+)}\"");
        Matcher javaOptions = find(script, "java_opts=\\$\\{(\\w+):-([^}]*)}");
        return new ImageFacts(environment,
                Integer.parseInt(find(dockerfile, "(?m)^EXPOSE (\\d+)").group(1)),
                URI.create(expand(find(dockerfile, "(?m)^HEALTHCHECK .*?curl -\\w+ \"?(http://[^\"\\s]+)").group(1),
                        environment)),
                port.group(1), Integer.parseInt(port.group(2)), javaOptions.group(1), javaOptions.group(2), script,
                Integer.parseInt(find(compose, "stop_grace_period: (\\d+)s").group(1)));
    }

    /** The port the start script serves on, given the container's own variables over the image's. */
    int servedPort(Map<String, String> containerEnvironment) {
        String configured = containerEnvironment.getOrDefault(portVariable, environment.get(portVariable));
        return configured == null ? scriptDefaultPort : Integer.parseInt(configured);
    }

    /** The JVM options the start script runs with, given the container's own variables. */
    String javaOptions(Map<String, String> containerEnvironment) {
        return containerEnvironment.getOrDefault(scriptJavaOptionsVariable,
                environment.getOrDefault(scriptJavaOptionsVariable, scriptDefaultJavaOptions));
    }

    /** MicroProfile Health's root, as the image's own health check reaches its readiness endpoint. */
    String healthRoot() {
        String path = healthCheck.getPath();
        return path.substring(0, path.lastIndexOf('/'));
    }

    /** A shell word as the health check's shell reads it in the container: ${NAME} and ${NAME:-default}. */
    private static String expand(String word, Map<String, String> environment) {
        return Pattern.compile("\\$\\{(\\w+)(?::-([^}]*))?}").matcher(word).replaceAll(variable -> {
            String value = environment.getOrDefault(variable.group(1), variable.group(2));
            if (value == null) {
                throw new AssertionError("the health check reads " + variable.group(1) + ", which the image does not set");
            }
            return Matcher.quoteReplacement(value);
        });
    }

    private static Matcher find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("not found: " + regex);
        }
        return matcher;
    }
}
