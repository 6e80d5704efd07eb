package id.wilayah.api.openapi;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Payara writes every member of a {@code @Schema} annotation, defaults included ({@code minLength: 0},
 * {@code maxProperties: 0}, {@code exclusiveMaximum: false} …), copies an implementation's properties into an array
 * or string schema that names it, and gives a string request body the {@code items} of its array form. What is left is
 * what the annotations meant.
 */
public final class SchemaRepair {
    private static final String JSON = "application/json";
    private static final String COMPONENT = "#/components/schemas/";

    private SchemaRepair() {
    }

    public static void repair(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(SchemaRepair::repairTree);
        }
        forEachContent(openAPI, SchemaRepair::repair);
        forEachSchema(openAPI, SchemaRepair::repairTree);
        dropUnusedComponents(openAPI);
    }

    /** Each body of the paths: request bodies and responses. */
    private static void forEachContent(OpenAPI openAPI, Consumer<Content> visit) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                visit.accept(operation.getRequestBody().getContent());
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().stream().map(APIResponse::getContent)
                        .filter(Objects::nonNull).forEach(visit);
            }
        }));
    }

    /** Each schema the paths hold at its top: of parameters, bodies and response headers. */
    private static void forEachSchema(OpenAPI openAPI, Consumer<Schema> visit) {
        forEachContent(openAPI, content -> {
            if (content.getMediaTypes() != null) {
                content.getMediaTypes().values().stream().map(MediaType::getSchema).filter(Objects::nonNull)
                        .forEach(visit);
            }
        });
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().stream().map(Parameter::getSchema).filter(Objects::nonNull).forEach(visit);
            }
            item.getOperations().values().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().stream().map(Parameter::getSchema).filter(Objects::nonNull)
                            .forEach(visit);
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().stream()
                            .filter(response -> response.getHeaders() != null)
                            .flatMap(response -> response.getHeaders().values().stream()).map(Header::getSchema)
                            .filter(Objects::nonNull).forEach(visit);
                }
            });
        });
    }

    /** Payara lists a component for each record it met, also those whose copy it inlined or that were renamed. */
    private static void dropUnusedComponents(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Set<String> used = new HashSet<>();
        Deque<Schema> pending = new ArrayDeque<>();
        forEachSchema(openAPI, pending::add);
        while (!pending.isEmpty()) {
            walk(pending.pop(), schema -> {
                String ref = schema.getRef();
                if (ref != null && ref.startsWith(COMPONENT) && used.add(ref.substring(COMPONENT.length()))
                        && components.get(ref.substring(COMPONENT.length())) != null) {
                    pending.add(components.get(ref.substring(COMPONENT.length())));
                }
            });
        }
        new ArrayList<>(components.keySet()).stream().filter(name -> !used.contains(name))
                .forEach(openAPI.getComponents()::removeSchema);
    }

    private static void repair(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            Schema schema = media.getSchema();
            if (schema != null && type.equals(JSON) && schema.getType() == SchemaType.STRING
                    && schema.getItems() != null) {
                schema.setType(SchemaType.ARRAY);
            }
            if (schema != null && !isJson(type) && schema.getRef() == null) {
                schema.setType(SchemaType.STRING);
                schema.setProperties(null);
                schema.setItems(null);
            }
            if (isJson(type)) {
                media.setExample(parsed(media.getExample()));
                if (media.getExamples() != null) {
                    media.getExamples().values().forEach(example -> example.setValue(parsed(example.getValue())));
                }
            }
        });
    }

    /** An example written in an annotation is a string; a JSON body's example is the JSON it spells. */
    private static Object parsed(Object example) {
        if (!(example instanceof String text) || !(text.strip().startsWith("{") || text.strip().startsWith("["))) {
            return example;
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return plain(reader.readValue());
        } catch (JsonException notJson) {
            return example;
        }
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                value.asJsonObject().forEach((name, member) -> object.put(name, plain(member)));
                yield object;
            }
            case ARRAY -> value.asJsonArray().stream().map(SchemaRepair::plain).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    /** A CSV, GeoJSON or tile body is documented as text or bytes, whatever Java type the method returns. */
    private static boolean isJson(String mediaType) {
        return mediaType.equals(JSON) || mediaType.endsWith("+json") || mediaType.equals("*/*")
                || mediaType.startsWith("multipart/");
    }

    static void repairTree(Schema schema) {
        walk(schema, SchemaRepair::withoutDefaults);
    }

    static void walk(Schema schema, Consumer<Schema> visit) {
        if (schema == null) {
            return;
        }
        visit.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> walk(property, visit));
        }
        walk(schema.getItems(), visit);
        walk(schema.getAdditionalPropertiesSchema(), visit);
        walk(schema.getNot(), visit);
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull)
                .flatMap(List::stream).forEach(part -> walk(part, visit));
    }

    private static void withoutDefaults(Schema schema) {
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum()) || schema.getMaximum() == null) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum()) || schema.getMinimum() == null) {
            schema.setExclusiveMinimum(null);
        }
        if (Objects.equals(schema.getMinLength(), 0)) {
            schema.setMinLength(null);
        }
        if (Objects.equals(schema.getMinItems(), 0)) {
            schema.setMinItems(null);
        }
        if (Objects.equals(schema.getMaxProperties(), 0)) {
            schema.setMaxProperties(null);
        }
        if (Objects.equals(schema.getMinProperties(), 0)) {
            schema.setMinProperties(null);
        }
        schema.setUniqueItems(trueOrAbsent(schema.getUniqueItems()));
        schema.setNullable(trueOrAbsent(schema.getNullable()));
        schema.setReadOnly(trueOrAbsent(schema.getReadOnly()));
        schema.setWriteOnly(trueOrAbsent(schema.getWriteOnly()));
        schema.setDeprecated(trueOrAbsent(schema.getDeprecated()));
        if (schema.getType() == SchemaType.ARRAY) {
            schema.setProperties(null);
            schema.setRequired(null);
            if (schema.getItems() == null) {
                schema.setItems(OASFactory.createSchema());
            }
        } else if (schema.getType() != null) {
            schema.setItems(null);
        }
        if (schema.getType() != null && schema.getType() != SchemaType.OBJECT) {
            schema.setProperties(null);
            schema.setRequired(null);
        }
        if (schema.getExample() instanceof String example) {
            schema.setExample(typed(example, schema.getType()));
        }
        if (Boolean.TRUE.equals(schema.getNullable()) && schema.getType() == null && schema.getRef() != null) {
            nullableReference(schema);
        }
    }

    private static Boolean trueOrAbsent(Boolean flag) {
        return Boolean.TRUE.equals(flag) ? Boolean.TRUE : null;
    }

    /** An annotation's example is a string; a number's or a boolean's example is that number or boolean. */
    private static Object typed(String example, SchemaType type) {
        try {
            return switch (type == null ? SchemaType.STRING : type) {
                case INTEGER -> new BigInteger(example.strip());
                case NUMBER -> new BigDecimal(example.strip());
                case BOOLEAN -> example.strip().equals("true") || example.strip().equals("false")
                        ? Boolean.valueOf(example.strip()) : example;
                default -> example;
            };
        } catch (NumberFormatException notANumber) {
            return example;
        }
    }

    /** OpenAPI 3.0 ignores {@code nullable} beside a {@code $ref}: the reference moves into an allOf. */
    static void nullableReference(Schema schema) {
        String ref = schema.getRef();
        schema.setRef(null);
        schema.setType(SchemaType.OBJECT);
        schema.setAllOf(List.of(OASFactory.createSchema().ref(ref)));
    }
}
