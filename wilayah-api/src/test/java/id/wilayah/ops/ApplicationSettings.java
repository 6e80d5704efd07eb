package id.wilayah.ops;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The settings the application reads, found in its sources: MicroProfile Config keys (injected, looked up, or named
 * by the data source definition) and the configuration file's keys, as the environment variables that set them, plus
 * the variables the container's start script reads.
 */
final class ApplicationSettings {
    private static final Pattern INJECTED = Pattern.compile(
            "@ConfigProperty\\(\\s*name\\s*=\\s*(?:\"([^\"]+)\"|([A-Z][A-Z0-9_]*))");
    private static final Pattern LOOKED_UP = Pattern.compile(
            "\\.get(?:Optional)?Values?\\(\\s*(?:\"([^\"]+)\"|([A-Z][A-Z0-9_]*))\\s*,");
    private static final Pattern DATA_SOURCE = Pattern.compile("(\\w+)\\s*=\\s*\"\\$\\{MPCONFIG=([^}]+)}\"");
    private static final Pattern SCRIPT_VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    private final Set<String> configKeys = new TreeSet<>();
    private final Properties dataSource = new Properties();
    private final Set<String> scriptVariables = new TreeSet<>();

    private ApplicationSettings() {
    }

    static ApplicationSettings of(Path repositoryRoot) throws IOException {
        ApplicationSettings settings = new ApplicationSettings();
        try (Stream<Path> modules = Files.list(repositoryRoot)) {
            for (Path main : modules.filter(module -> module.getFileName().toString().startsWith("wilayah-"))
                    .map(module -> module.resolve("src/main")).filter(Files::isDirectory).toList()) {
                settings.readSources(main);
            }
        }
        Matcher variable = SCRIPT_VARIABLE.matcher(Files.readString(repositoryRoot.resolve("docker/entrypoint.sh")));
        while (variable.find()) {
            settings.scriptVariables.add(variable.group(1));
        }
        return settings;
    }

    /** MicroProfile Config's environment variable for a key: every character but a letter or digit becomes _. */
    static String environmentVariable(String configKey) {
        return configKey.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** Every environment variable that sets something the application or its start script reads. */
    Set<String> environmentVariables() {
        Set<String> variables = new TreeSet<>(scriptVariables);
        configKeys.forEach(key -> variables.add(environmentVariable(key)));
        return variables;
    }

    Set<String> configKeys() {
        return configKeys;
    }

    /** The config key behind an attribute of the data source definition (url, user, password). */
    Optional<String> dataSourceKey(String attribute) {
        return Optional.ofNullable(dataSource.getProperty(attribute));
    }

    /** The one config key injected in the named class (e.g. the metrics scrapers' addresses). */
    String keyInjectedIn(Path repositoryRoot, String className) throws IOException {
        try (Stream<Path> files = Files.walk(repositoryRoot)) {
            Path source = files.filter(file -> file.getFileName().toString().equals(className + ".java"))
                    .filter(file -> file.toString().contains("/src/main/")).findFirst()
                    .orElseThrow(() -> new AssertionError("no source of " + className));
            Set<String> keys = new TreeSet<>();
            String text = Files.readString(source);
            collect(INJECTED, text, keys);
            if (keys.size() != 1) {
                throw new AssertionError(className + " injects " + keys + ", not one key");
            }
            return keys.iterator().next();
        }
    }

    /** The script variables whose absence stops the start (${NAME:?…}). */
    static Set<String> requiredScriptVariables(String script) {
        Set<String> required = new TreeSet<>();
        Matcher variable = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):\\?").matcher(script);
        while (variable.find()) {
            required.add(variable.group(1));
        }
        return required;
    }

    private void readSources(Path main) throws IOException {
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".java")) {
                    readJava(Files.readString(file));
                } else if (name.equals("microprofile-config.properties")) {
                    Properties properties = new Properties();
                    try (Reader reader = Files.newBufferedReader(file)) {
                        properties.load(reader);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    configKeys.addAll(properties.stringPropertyNames());
                }
            }
        }
    }

    private void readJava(String text) {
        collect(INJECTED, text, configKeys);
        collect(LOOKED_UP, text, configKeys);
        Matcher dataSourceKey = DATA_SOURCE.matcher(text);
        while (dataSourceKey.find()) {
            dataSource.setProperty(dataSourceKey.group(1), dataSourceKey.group(2));
            configKeys.add(dataSourceKey.group(2));
        }
    }

    /** Keys named as a literal, or as a constant of the same source file. */
    private static void collect(Pattern pattern, String text, Set<String> keys) {
        Matcher use = pattern.matcher(text);
        while (use.find()) {
            if (use.group(1) != null) {
                keys.add(use.group(1));
            } else {
                Matcher constant = Pattern.compile("\\b" + use.group(2) + "\\s*=\\s*\"([^\"]+)\"").matcher(text);
                if (!constant.find()) {
                    throw new AssertionError("constant " + use.group(2) + " is not a string in its source file");
                }
                keys.add(constant.group(1));
            }
        }
    }
}
