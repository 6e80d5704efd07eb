package id.wilayah.api;

import id.wilayah.api.ResourceOperations.ResourceOperation;
import id.wilayah.api.http.errors.Problem;
import id.wilayah.api.nusantara.StatusMessage;
import id.wilayah.api.openapi.RecordSchemas;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * A JSON body named by a record refers to that record's component, so a client generator makes one type of it and the
 * wire names hold: Payara inlines a copy of the record under its Java names instead. The record is the one the
 * {@code @APIResponse} content names, or else, for a success, the one the resource method returns.
 */
final class ResponseSchemas {
    private ResponseSchemas() {
    }

    static void refer(Paths paths, List<ResourceOperation> operations, RecordSchemas records) {
        for (ResourceOperation resource : operations) {
            PathItem item = paths.getPathItem(resource.path());
            Operation operation = item == null ? null
                    : item.getOperations().get(PathItem.HttpMethod.valueOf(resource.httpMethod()));
            if (operation == null || operation.getResponses() == null
                    || operation.getResponses().getAPIResponses() == null) {
                continue;
            }
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                Optional<Schema> named = annotated(resource, status, records);
                Optional<Schema> schema = named.isPresent() || !status.startsWith("2") ? named
                        : records.reference(resource.method().getGenericReturnType());
                schema.ifPresent(reference -> refer(response, reference, resource));
            });
        }
    }

    /**
     * An error documented without a body gets the error body of its surface: problem+json under /api, and
     * wilayah-nusantara's {statusCode, message} under /nusantara.
     */
    static void documentErrorBodies(Paths paths, RecordSchemas records) {
        Schema problem = records.reference(Problem.class).orElseThrow();
        Schema statusMessage = records.reference(StatusMessage.class).orElseThrow();
        paths.getPathItems().forEach((path, item) -> item.getOperations().values().stream()
                .filter(operation -> operation.getResponses() != null
                        && operation.getResponses().getAPIResponses() != null)
                .flatMap(operation -> operation.getResponses().getAPIResponses().entrySet().stream())
                .filter(response -> response.getKey().startsWith("4") || response.getKey().startsWith("5"))
                .map(Map.Entry::getValue)
                .filter(response -> response.getContent() == null || response.getContent().getMediaTypes() == null
                        || response.getContent().getMediaTypes().isEmpty())
                .forEach(response -> {
                    boolean nusantara = path.startsWith("/nusantara/");
                    response.setContent(OASFactory.createContent().addMediaType(
                            nusantara ? MediaType.APPLICATION_JSON : Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(copy(nusantara ? statusMessage : problem))));
                }));
    }

    private static Optional<Schema> annotated(ResourceOperation resource, String status, RecordSchemas records) {
        for (var response : resource.method()
                .getAnnotationsByType(org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)) {
            if (response.responseCode().equals(status)) {
                for (Content content : response.content()) {
                    if (content.schema().oneOf().length > 0) {
                        return oneOf(content.schema(), records);
                    }
                    Class<?> type = content.schema().implementation();
                    Optional<Schema> reference = records.reference(type);
                    if (reference.isPresent()) {
                        return content.schema().type() == SchemaType.ARRAY
                                ? Optional.of(OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                                        .items(reference.get()))
                                : reference;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** One of several records, or null where the annotation says so: an object, for OpenAPI 3.0's nullable. */
    private static Optional<Schema> oneOf(org.eclipse.microprofile.openapi.annotations.media.Schema annotation,
                                          RecordSchemas records) {
        List<Schema> alternatives = Arrays.stream(annotation.oneOf())
                .map(type -> records.reference(type).orElseThrow(() -> new IllegalStateException(type.getName())))
                .toList();
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT).oneOf(alternatives);
        return Optional.of(annotation.nullable() ? schema.nullable(true) : schema);
    }

    /** Into each JSON media type the response documents; a response documented without a body gets one. */
    private static void refer(APIResponse response, Schema reference, ResourceOperation resource) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty()) {
            if (!producesJson(resource)) {
                return;
            }
            response.setContent(OASFactory.createContent().addMediaType(MediaType.APPLICATION_JSON,
                    OASFactory.createMediaType()));
        }
        response.getContent().getMediaTypes().forEach((type, media) -> {
            if (type.equals(MediaType.APPLICATION_JSON) || type.endsWith("+json")) {
                media.setSchema(copy(reference));
            }
        });
    }

    private static Schema copy(Schema reference) {
        if (reference.getOneOf() != null) {
            return reference;
        }
        return reference.getType() == Schema.SchemaType.ARRAY
                ? OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(reference.getItems().getRef()))
                : OASFactory.createSchema().ref(reference.getRef());
    }

    private static boolean producesJson(ResourceOperation resource) {
        var produces = resource.annotation(jakarta.ws.rs.Produces.class);
        return produces.map(p -> List.of(p.value()).contains(MediaType.APPLICATION_JSON)).orElse(false);
    }
}
