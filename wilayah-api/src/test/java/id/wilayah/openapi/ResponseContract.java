package id.wilayah.openapi;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the document promises for a response: its operation (path template and method), the status documented, the
 * media type documented for that status, and the body valid against that media type's schema. A response that breaks
 * one of these is reported with the request, so the code or the document is corrected.
 */
public final class ResponseContract {
    private static final String DOCUMENT = "https://wilayah.invalid/openapi.json";
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final JsonNode document;
    private final SchemaRegistry schemas;
    private final List<Template> templates;
    private final Map<String, com.networknt.schema.Schema> compiled = new ConcurrentHashMap<>();

    private record Template(String path, Pattern pattern, int parameters) {
    }

    private ResponseContract(String openApiJson) {
        this.document = JSON.readTree(openApiJson);
        this.schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(),
                builder -> builder.schemas(Map.of(DOCUMENT, openApiJson)));
        List<Template> paths = new ArrayList<>();
        document.path("paths").propertyNames().forEach(path -> paths.add(new Template(path,
                Pattern.compile(Pattern.quote(path).replaceAll("\\{\\w+}", "\\\\E[^/]+\\\\Q")),
                path.split("\\{", -1).length - 1)));
        paths.sort(Comparator.comparingInt(Template::parameters));
        this.templates = List.copyOf(paths);
    }

    /** The document as the server serves it at /openapi, in JSON. */
    public static ResponseContract of(String openApiJson) {
        return new ResponseContract(openApiJson);
    }

    /** The path template that documents a request path, literal segments first: /api/kota/{code} for /api/kota/32. */
    public Optional<String> operationPath(String path) {
        return templates.stream().filter(template -> template.pattern().matcher(path).matches())
                .map(Template::path).findFirst();
    }

    /**
     * Checks one response against the document; returns what breaks the promise, empty when nothing does.
     *
     * @param contentType the response's Content-Type, or null when it has none
     * @param body the decoded body (gzip undone)
     */
    public List<String> violations(String method, String path, int status, String contentType, String body) {
        String request = method + " " + path + " -> " + status;
        Optional<String> template = operationPath(path);
        if (template.isEmpty()) {
            return List.of(request + ": no operation documents this path");
        }
        String verb = method.toLowerCase(Locale.ROOT);
        JsonNode operation = document.path("paths").path(template.get()).path(verb);
        if (operation.isMissingNode()) {
            return List.of(request + ": " + template.get() + " documents no " + method);
        }
        String code = Integer.toString(status);
        String responseKey = operation.path("responses").has(code) ? code
                : operation.path("responses").has(code.charAt(0) + "XX") ? code.charAt(0) + "XX" : "default";
        JsonNode response = operation.path("responses").path(responseKey);
        if (response.isMissingNode()) {
            return List.of(request + ": status " + status + " is not documented for " + method + " " + template.get());
        }
        if (!response.has("content") || body == null || body.isEmpty()) {
            return List.of();
        }
        String media = contentType == null ? "" : contentType.replaceAll(";.*", "").strip().toLowerCase(Locale.ROOT);
        Optional<String> documented = documentedMediaType(response.path("content"), media);
        if (documented.isEmpty()) {
            return List.of(request + ": " + media + " is not among the documented media types "
                    + response.path("content").propertyNames());
        }
        JsonNode schema = response.path("content").path(documented.get()).path("schema");
        if (schema.isMissingNode() || !isJson(media)) {
            return List.of();
        }
        String pointer = "/paths/" + escaped(template.get()) + "/" + verb + "/responses/" + escaped(responseKey)
                + "/content/" + escaped(documented.get()) + "/schema";
        com.networknt.schema.Schema validator = compiled.computeIfAbsent(pointer,
                at -> schemas.getSchema(SchemaLocation.of(DOCUMENT + "#" + at)));
        List<Error> errors = validator.validate(body, InputFormat.JSON);
        return errors.stream().limit(10)
                .map(error -> request + ": " + error.getInstanceLocation() + " " + error.getMessage()
                        + " (schema at #" + pointer + ")")
                .toList();
    }

    private static Optional<String> documentedMediaType(JsonNode content, String media) {
        if (content.has(media)) {
            return Optional.of(media);
        }
        String family = media.replaceAll("/.*", "/*");
        return content.has(family) ? Optional.of(family) : content.has("*/*") ? Optional.of("*/*") : Optional.empty();
    }

    static boolean isJson(String media) {
        return media.equals("application/json") || media.endsWith("+json");
    }

    private static String escaped(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
