package id.wilayah.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every {@code ./mvnw -P…} command in the repository's Markdown names a profile of the root POM, where a command run
 * from the root finds it, and every tool profile names a main class that exists.
 */
class DocumentedCommandsTest {
    private static final Path ROOT = Path.of(System.getProperty("wilayah.repository-root"));
    private static final Pattern COMMAND = Pattern.compile("\\./mvnw[^`\\n]*");
    private static final Pattern PROFILES = Pattern.compile("(?:^|\\s)-P([\\w.,!-]+)");
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", ".git", ".mvn", "node_modules");

    @Test
    void everyDocumentedProfileExistsInTheRootPom() throws Exception {
        Map<String, Element> rootProfiles = profiles(ROOT.resolve("pom.xml"));
        Map<String, Set<String>> documented = documentedProfiles();
        assertTrue(documented.containsKey("run"), "the run command is no longer found in the Markdown: " + documented);
        for (Map.Entry<String, Set<String>> profile : documented.entrySet()) {
            assertTrue(rootProfiles.containsKey(profile.getKey()),
                    "-P" + profile.getKey() + " in " + profile.getValue() + " is not a profile of the root pom.xml");
        }
    }

    @Test
    void everyToolProfileNamesAMainClass() throws Exception {
        Map<String, Element> toolProfiles = new TreeMap<>();
        profiles(ROOT.resolve("pom.xml")).forEach((id, profile) -> {
            if (!property(profile, "tool.main").isEmpty()) {
                toolProfiles.put(id, profile);
            }
        });
        assertFalse(toolProfiles.isEmpty());
        for (Map.Entry<String, Element> profile : toolProfiles.entrySet()) {
            String main = property(profile.getValue(), "tool.main");
            Class<?> tool = Class.forName(main);
            assertEquals(void.class, tool.getMethod("main", String[].class).getReturnType(),
                    profile.getKey() + ": " + main);
            assertEquals("false", property(profile.getValue(), "tool.skip"), profile.getKey());
        }
    }

    /** Profile id → the Markdown files naming it. */
    private static Map<String, Set<String>> documentedProfiles() throws IOException {
        Map<String, Set<String>> documented = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(DocumentedCommandsTest::isDocumentation).toList()) {
                Matcher command = COMMAND.matcher(Files.readString(file));
                while (command.find()) {
                    Matcher profiles = PROFILES.matcher(command.group());
                    while (profiles.find()) {
                        for (String id : profiles.group(1).split(",")) {
                            documented.computeIfAbsent(id.replaceFirst("^[!?]", ""), key -> new TreeSet<>())
                                    .add(ROOT.relativize(file).toString());
                        }
                    }
                }
            }
        }
        return documented;
    }

    private static boolean isDocumentation(Path file) {
        for (Path part : ROOT.relativize(file)) {
            if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                return false;
            }
        }
        return file.toString().endsWith(".md");
    }

    private static Map<String, Element> profiles(Path pom) throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile())
                .getDocumentElement();
        Map<String, Element> profiles = new TreeMap<>();
        for (Element container : children(project, "profiles")) {
            for (Element profile : children(container, "profile")) {
                profiles.put(children(profile, "id").stream().findFirst().orElseThrow().getTextContent().trim(),
                        profile);
            }
        }
        return profiles;
    }

    private static String property(Element profile, String name) {
        return children(profile, "properties").stream()
                .flatMap(properties -> children(properties, name).stream())
                .map(element -> element.getTextContent().trim())
                .findFirst().orElse("");
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }
}
