package id.wilayah.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The objects of one directory of manifests, read with fabric8's Kubernetes model: every kind it knows becomes its
 * typed class, and a field the model does not know (a misspelt or misplaced key, which Kubernetes would reject or
 * ignore) fails the reading. Custom resources (a ServiceMonitor) stay generic.
 */
final class KubernetesManifests {
    static final String KUSTOMIZATION = "kustomization.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, List<HasMetadata>> byFile;

    private KubernetesManifests(Map<String, List<HasMetadata>> byFile) {
        this.byFile = byFile;
    }

    static KubernetesManifests read(Path directory) throws IOException {
        Map<String, List<HasMetadata>> byFile = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(KubernetesManifests::isManifest).sorted().toList()) {
                List<HasMetadata> objects = new ArrayList<>();
                for (JsonNode document : documents(file)) {
                    KubernetesResource resource = YAML.treeToValue(document, KubernetesResource.class);
                    if (!(resource instanceof HasMetadata object)) {
                        throw new AssertionError(file + ": not a Kubernetes object: " + document);
                    }
                    if (!(object instanceof GenericKubernetesResource)) {
                        assertNoUnknownFields(object, file.getFileName() + " " + object.getKind(), 0);
                    }
                    objects.add(object);
                }
                byFile.put(file.getFileName().toString(), objects);
            }
        }
        return new KubernetesManifests(byFile);
    }

    static List<JsonNode> documents(Path file) throws IOException {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            return documents.readAll().stream().filter(document -> !document.isNull() && !document.isMissingNode())
                    .toList();
        }
    }

    Map<String, List<HasMetadata>> byFile() {
        return byFile;
    }

    List<HasMetadata> all() {
        return byFile.values().stream().flatMap(List::stream).toList();
    }

    /** The one object of the type. */
    <T extends HasMetadata> T one(Class<T> type) {
        List<T> found = all().stream().filter(type::isInstance).map(type::cast).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " objects of " + type.getSimpleName() + ", expected one");
        }
        return found.get(0);
    }

    /** The one custom resource of the kind. */
    GenericKubernetesResource custom(String kind) {
        List<GenericKubernetesResource> found = all().stream().filter(GenericKubernetesResource.class::isInstance)
                .map(GenericKubernetesResource.class::cast).filter(object -> kind.equals(object.getKind())).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " objects of kind " + kind + ", expected one");
        }
        return found.get(0);
    }

    String fileOf(HasMetadata object) {
        return byFile.entrySet().stream().filter(file -> file.getValue().contains(object)).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }

    private static boolean isManifest(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") && !name.equals(KUSTOMIZATION);
    }

    /** fabric8 keeps fields it does not know in additionalProperties instead of refusing them. */
    private static void assertNoUnknownFields(Object value, String where, int depth) {
        if (value == null || depth > 40) {
            return;
        }
        if (value instanceof Collection<?> elements) {
            int index = 0;
            for (Object element : elements) {
                assertNoUnknownFields(element, where + "[" + index++ + "]", depth + 1);
            }
            return;
        }
        if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, element) -> assertNoUnknownFields(element, where + "." + key, depth + 1));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get")
                    || Modifier.isStatic(getter.getModifiers()) || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object property = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (property instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                    throw new AssertionError(where + ": fields unknown to Kubernetes: " + unknown.keySet());
                }
            } else {
                assertNoUnknownFields(property, where + "." + getter.getName().substring(3), depth + 1);
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter + " of " + target.getClass(), e);
        }
    }
}
