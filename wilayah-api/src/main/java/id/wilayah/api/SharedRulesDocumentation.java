package id.wilayah.api;

import id.wilayah.api.ResourceOperations.ResourceOperation;
import id.wilayah.api.codes.RequestedCodes;
import id.wilayah.api.http.auth.AdminScoped;
import id.wilayah.api.http.caching.AnswersFromAnEdition;
import id.wilayah.api.http.caching.RequestedEdition;
import id.wilayah.api.http.cost.Expensive;
import id.wilayah.api.http.cost.ExpensiveReadFilter;
import id.wilayah.api.http.errors.Problem;
import id.wilayah.api.openapi.RecordSchemas;
import id.wilayah.api.openapi.SchemaRepair;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Documents the rules that filters apply to every data operation (API key, ?edition= pinning, ?codes=, ETag
 * revalidation, loading state, database outage), since no resource method declares them itself. Also makes the document
 * valid OpenAPI wherever the server runs, which Payara's own output is not: each tag declared once (every resource
 * class of a group names its tag), path parameters required, operation ids unique (Payara takes the Java method name,
 * and many resources have a {@code list}), no Payara-only root field, and the server URL from
 * {@code wilayah.public-url}, or relative when that is not set (Payara writes the address it listens on, which is wrong
 * behind a proxy or in a container). And makes it say what the wire carries: each record's schema under its JSON-B
 * names ({@link RecordSchemas}), bodies referring to those schemas ({@link ResponseSchemas}), every error with its
 * surface's body, and what Payara adds of its own removed ({@link SchemaRepair}). Registered through
 * mp.openapi.filter.
 */
public class SharedRulesDocumentation implements OASFilter {
    /** The paths of the {@link AdminScoped} resources, so the document states the rule the key filter enforces. */
    private static final List<String> ADMIN_PATHS = adminPaths();

    static List<String> adminPaths() {
        String application = "/" + NativeApi.class.getAnnotation(ApplicationPath.class).value();
        return new NativeApi().getClasses().stream()
                .filter(resource -> resource.isAnnotationPresent(AdminScoped.class))
                .map(resource -> application + "/" + resource.getAnnotation(Path.class).value().replaceFirst("^/", ""))
                .toList();
    }

    /** The operations {@link ExpensiveReadFilter} may refuse, so their refusals are documented where they apply. */
    private static final List<ResourceOperation> EXPENSIVE = ResourceOperations.of(new NativeApi())
            .annotatedWith(Expensive.class);

    /** The reads of the {@link AnswersFromAnEdition} resources, which the edition, codes and caching rules govern. */
    private static final Set<String> FROM_AN_EDITION = readsFromAnEdition();

    static Set<String> readsFromAnEdition() {
        return Stream.of(new NativeApi(), new NusantaraApi())
                .flatMap(application -> ResourceOperations.of(application).annotatedWith(AnswersFromAnEdition.class)
                        .stream())
                .filter(operation -> operation.httpMethod().equals(HttpMethod.GET))
                .map(ResourceOperation::path).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every operation of both applications, with the resource method that serves it. */
    private static final List<ResourceOperation> OPERATIONS = Stream.of(new NativeApi(), new NusantaraApi())
            .flatMap(application -> ResourceOperations.of(application).all().stream()).toList();

    private static final String PUBLIC_URL = "wilayah.public-url";
    private static final List<String> READING_ORDER = List.of("Native regions", "wilayah-nusantara",
            "Address resolution", "Geography", "Islands", "Crosswalk", "History", "NIK", "Editions");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getTags() != null) {
            openAPI.setTags(declaredOnce(openAPI.getTags()));
        }
        openAPI.setServers(List.of(OASFactory.createServer().url(serverUrl())));
        dropPayaraEndpoints(openAPI);
        RecordSchemas records = RecordSchemas.reachableFrom(resources());
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            documentPaths(openAPI.getPaths(), records);
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        records.applyTo(openAPI.getComponents());
        SchemaRepair.repair(openAPI);
    }

    private static void documentPaths(Paths paths, RecordSchemas records) {
        withoutPathPatterns(paths);
        ResponseSchemas.refer(paths, OPERATIONS, records);
        documentRefusalsOfExpensiveReads(paths, problemSchema(paths));
        makeOperationIdsUnique(paths.getPathItems());
        paths.getPathItems().forEach((path, item) -> {
            item.getOperations().values().forEach(SharedRulesDocumentation::requirePathParameters);
            if (isDataSurface(path)) {
                item.getOperations().values().forEach(SharedRulesDocumentation::addAuthResponses);
            }
            if (isAdminScoped(path)) {
                item.getOperations().values().forEach(operation -> {
                    response(operation, "403", "The key lacks admin scope");
                    response(operation, "503", "The database is unreachable; retry after Retry-After");
                });
            }
            if (FROM_AN_EDITION.contains(path) && item.getGET() != null) {
                addEditionRules(item.getGET());
            }
        });
        ResponseSchemas.documentErrorBodies(paths, records);
    }

    private static List<Class<?>> resources() {
        List<Class<?>> resources = new ArrayList<>(new NativeApi().getClasses());
        resources.addAll(new NusantaraApi().getClasses());
        return resources;
    }

    /** A JAX-RS template's regular expression ({@code {level: provinsi|kota}}) is not OpenAPI: {@code {level}}. */
    private static void withoutPathPatterns(Paths paths) {
        new LinkedHashMap<>(paths.getPathItems()).forEach((path, item) -> {
            String plain = path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
            if (!plain.equals(path)) {
                paths.removePathItem(path);
                paths.addPathItem(plain, item);
            }
        });
    }

    /** The problem body as the resources document it, so a refusal added here shows the same schema. */
    private static Schema problemSchema(Paths paths) {
        return paths.getPathItems().values().stream().flatMap(item -> item.getOperations().values().stream())
                .filter(operation -> operation.getResponses() != null
                        && operation.getResponses().getAPIResponses() != null)
                .flatMap(operation -> operation.getResponses().getAPIResponses().values().stream())
                .map(response -> response.getContent() == null ? null
                        : response.getContent().getMediaType(Problem.MEDIA_TYPE))
                .filter(media -> media != null && media.getSchema() != null)
                .map(MediaType::getSchema).findFirst()
                .orElseGet(() -> OASFactory.createSchema().type(Schema.SchemaType.OBJECT));
    }

    private static void documentRefusalsOfExpensiveReads(Paths paths, Schema problem) {
        for (ResourceOperation expensive : EXPENSIVE) {
            PathItem item = paths.getPathItem(expensive.path());
            Operation operation = item == null ? null
                    : item.getOperations().get(PathItem.HttpMethod.valueOf(expensive.httpMethod()));
            if (operation != null) {
                String when = expensive.annotation(Expensive.class).map(Expensive::whenQueryFlag)
                        .filter(flag -> !flag.isEmpty()).map(flag -> flag + "=true only: ").orElse("");
                refusal(operation, "429", when + Expensive.KEY_BUSY, problem);
                refusal(operation, "503", when + Expensive.SERVER_BUSY, problem);
            }
        }
    }

    /** A refusal to retry later, added to what the operation already documents for that status. */
    private static void refusal(Operation operation, String status, String description, Schema problem) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponse documented = operation.getResponses().getAPIResponse(status);
        APIResponse response = documented == null
                ? OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                        .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(problem)))
                : documented.description(documented.getDescription() + "; or: " + description);
        response.addHeader(Expensive.RETRY_AFTER, OASFactory.createHeader().description(Expensive.RETRY_AFTER_MEANING)
                .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER)));
        operation.getResponses().addAPIResponse(status, response);
    }

    /**
     * One tag per name, with the description one of its declarations gives, in the order a reader meets them: the
     * regions first, administration last (the UI opens on the first).
     */
    static List<Tag> declaredOnce(List<Tag> tags) {
        Map<String, Tag> byName = new LinkedHashMap<>();
        for (Tag tag : tags) {
            byName.merge(tag.getName(), tag, (first, other) -> first.getDescription() == null ? other : first);
        }
        List<Tag> ordered = new ArrayList<>(byName.values());
        ordered.sort(Comparator.comparingInt((Tag tag) -> readingRank(tag.getName())).thenComparing(Tag::getName));
        return ordered;
    }

    private static int readingRank(String tag) {
        int rank = READING_ORDER.indexOf(tag);
        if (rank >= 0) {
            return rank;
        }
        return tag.startsWith("Admin") ? READING_ORDER.size() + 1 : READING_ORDER.size();
    }

    /** Payara adds the root field {@code endpoints} (its paths per context root), which is not OpenAPI. */
    private static void dropPayaraEndpoints(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new TreeMap<>());
        } catch (ReflectiveOperationException otherImplementation) {
            // no such field to drop
        }
    }

    /** An id shared by several operations becomes method and path: {@code list} on /api/kota is getApiKota. */
    private static void makeOperationIdsUnique(Map<String, PathItem> items) {
        Map<String, Long> uses = items.values().stream().flatMap(item -> item.getOperations().values().stream())
                .map(Operation::getOperationId).filter(id -> id != null)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        items.forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (operation.getOperationId() == null || uses.get(operation.getOperationId()) > 1) {
                operation.setOperationId(method.name().toLowerCase(Locale.ROOT) + camelCase(path));
            }
        }));
    }

    /** {@code /api/kota/{code}} → {@code ApiKotaByCode}. */
    private static String camelCase(String path) {
        return Arrays.stream(path.split("[/_-]+")).filter(part -> !part.isEmpty())
                .map(part -> part.startsWith("{") ? "By" + capitalized(part.replaceAll("[{}]", "")) : capitalized(part))
                .collect(Collectors.joining());
    }

    private static String capitalized(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private static void requirePathParameters(Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(parameter -> parameter.getIn() == Parameter.In.PATH)
                    .forEach(parameter -> parameter.setRequired(true));
        }
    }

    private static String serverUrl() {
        return ConfigProvider.getConfig().getOptionalValue(PUBLIC_URL, String.class)
                .map(url -> url.strip().replaceFirst("/+$", ""))
                .filter(url -> !url.isEmpty())
                .orElse("/");
    }

    private static boolean isDataSurface(String path) {
        return path.startsWith("/api/") || path.startsWith("/nusantara/");
    }

    private static boolean isAdminScoped(String path) {
        return ADMIN_PATHS.stream().anyMatch(admin -> path.equals(admin) || path.startsWith(admin + "/"));
    }

    private static void addAuthResponses(Operation operation) {
        response(operation, "401", "Missing, unknown, revoked or expired X-API-Key");
    }

    private static void addEditionRules(Operation operation) {
        operation.addParameter(OASFactory.createParameter()
                .name(RequestedEdition.PARAMETER)
                .in(Parameter.In.QUERY)
                .description("Answer from this retained edition instead of the active one (see /api/editions). "
                        + "The X-Wilayah-Edition response header names the edition that answered.")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
        operation.addParameter(OASFactory.createParameter()
                .name("If-None-Match")
                .in(Parameter.In.HEADER)
                .description("An ETag from an earlier response; answered 304 while edition and request are the same")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
        operation.addParameter(OASFactory.createParameter()
                .name(RequestedCodes.PARAMETER)
                .in(Parameter.In.QUERY)
                .description("bps or kemendagri: the code system this request's codes are read in and its answer's"
                        + " codes written in, instead of the key's. BPS codes are translated through the newest ready"
                        + " BPS edition; a region without a BPS counterpart keeps its Kemendagri code and is marked"
                        + " (field untranslated on /api, header " + RequestedCodes.UNTRANSLATED_HEADER
                        + " elsewhere). The " + RequestedCodes.HEADER + " response header names the system answered"
                        + " in.")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .enumeration(List.<Object>of("bps", "kemendagri"))));
        if (operation.getResponses() != null && operation.getResponses().getAPIResponse("200") != null) {
            operation.getResponses().getAPIResponse("200")
                    .addHeader(RequestedCodes.HEADER, OASFactory.createHeader()
                            .description("The code system of the answer's codes: KEMENDAGRI or BPS")
                            .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)))
                    .addHeader(RequestedCodes.UNTRANSLATED_HEADER, OASFactory.createHeader()
                            .description("BPS answers only: the codes left in Kemendagri codes for want of a BPS"
                                    + " counterpart, where the body has no untranslated field (at most 100, then …)")
                            .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
        }
        response(operation, "304", "Not modified: If-None-Match matched the ETag");
        response(operation, "400", "Malformed input, or codes other than bps or kemendagri");
        response(operation, "409", "BPS codes asked for, but the server holds no BPS edition to translate through"
                + " (an administrator imports bps-2018)");
        response(operation, "404", "Unknown edition (or unknown code where the path names one)");
        response(operation, "503", "The region data is still being loaded (first start), or the database is"
                + " unreachable and the key has not been checked before; retry after Retry-After");
    }

    private static void response(Operation operation, String status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (operation.getResponses().getAPIResponse(status) == null) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }
}
