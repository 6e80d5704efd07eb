package id.wilayah.api.openapi;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.ws.rs.HttpMethod;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The schema of each record on the wire as JSON-B writes it: every component under its {@code @JsonbProperty} name.
 * Payara lists only the components that carry {@code @Schema} once one does, and under their Java names
 * ({@code postalCode} where the wire says {@code postal_code}). What the annotations say about a component
 * (description, example, enumeration) is kept. A component is required unless it is left out when null
 * ({@code @JsonbNillable(false)}) or is a list: Payara drops every empty list from the document it writes, so an
 * example could never show a required list empty. A component may be null when it says so ({@code @JsonbNillable} or
 * {@code @Schema(nullable = true)}).
 */
public final class RecordSchemas {
    private static final String REF = "#/components/schemas/";
    private final Map<String, Class<?>> records;
    private final Set<String> referenced = new LinkedHashSet<>();

    private RecordSchemas(Map<String, Class<?>> records) {
        this.records = records;
    }

    /** The records reachable from the resource methods of these classes, named as Payara names their components. */
    public static RecordSchemas reachableFrom(Collection<Class<?>> resources) {
        Set<Class<?>> found = new LinkedHashSet<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getMethods()) {
                if (Arrays.stream(method.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))) {
                    collect(method.getGenericReturnType(), found);
                    Arrays.stream(method.getAnnotations()).forEach(annotation -> implementations(annotation, found));
                }
            }
        }
        Map<String, List<Class<?>>> byName = found.stream().collect(Collectors.groupingBy(RecordSchemas::nameOf,
                LinkedHashMap::new, Collectors.toList()));
        Map<String, Class<?>> unique = new LinkedHashMap<>();
        byName.forEach((name, types) -> {
            if (types.size() == 1) {
                unique.put(name, types.get(0));
            }
        });
        return new RecordSchemas(unique);
    }

    /** As Payara names a component: the name {@code @Schema} gives the type, else its simple name. */
    static String nameOf(Class<?> type) {
        var schema = type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }

    /**
     * The reference to a record's component, or an array of them, for a record or a collection of records; empty for
     * any other type.
     */
    public Optional<Schema> reference(Type type) {
        Type element = type instanceof ParameterizedType parameterized
                && parameterized.getRawType() instanceof Class<?> raw && Collection.class.isAssignableFrom(raw)
                ? parameterized.getActualTypeArguments()[0] : null;
        Type named = element != null ? element : type;
        if (!(named instanceof Class<?> plain) || records.get(nameOf(plain)) != plain) {
            return Optional.empty();
        }
        return Optional.of(derived(type));
    }

    private static void implementations(Annotation annotation, Set<Class<?>> found) {
        if (annotation instanceof org.eclipse.microprofile.openapi.annotations.media.Schema schema) {
            collect(schema.implementation(), found);
            Arrays.stream(schema.oneOf()).forEach(alternative -> collect(alternative, found));
        }
        for (Method member : annotation.annotationType().getDeclaredMethods()) {
            Class<?> type = member.getReturnType();
            if (type.isAnnotation() || type.isArray() && type.getComponentType().isAnnotation()) {
                try {
                    Object value = member.invoke(annotation);
                    Object[] values = value instanceof Object[] many ? many : new Object[] {value};
                    for (Object nested : values) {
                        implementations((Annotation) nested, found);
                    }
                } catch (ReflectiveOperationException unreadable) {
                    throw new IllegalStateException(unreadable);
                }
            }
        }
    }

    private static void collect(Type type, Set<Class<?>> found) {
        if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), found);
            Arrays.stream(parameterized.getActualTypeArguments()).forEach(argument -> collect(argument, found));
        } else if (type instanceof Class<?> plain && plain.isRecord() && plain.getTypeParameters().length == 0
                && found.add(plain)) {
            Arrays.stream(plain.getRecordComponents()).forEach(component -> collect(component.getGenericType(), found));
        }
    }

    /** Rebuilds the component schema of every record Payara listed, and adds those they refer to. */
    public void applyTo(Components components) {
        Map<String, Schema> listed = components.getSchemas() == null ? Map.of() : Map.copyOf(components.getSchemas());
        records.keySet().stream().filter(listed::containsKey).forEach(referenced::add);
        Set<String> done = new LinkedHashSet<>();
        while (!done.containsAll(referenced)) {
            for (String name : List.copyOf(referenced)) {
                if (done.add(name)) {
                    components.addSchema(name, schemaOf(records.get(name), listed.get(name)));
                }
            }
        }
    }

    Schema schemaOf(Class<?> record, Schema documented) {
        Map<String, Schema> before = documented == null || documented.getProperties() == null ? Map.of()
                : documented.getProperties();
        Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
        if (documented != null) {
            schema.description(documented.getDescription()).example(documented.getExample())
                    .title(documented.getTitle());
        }
        List<String> required = new ArrayList<>();
        boolean typeOmitsNulls = omitsNulls(record.getAnnotation(JsonbNillable.class));
        for (RecordComponent component : inWireOrder(record)) {
            if (component.isAnnotationPresent(JsonbTransient.class)
                    || component.getAccessor().isAnnotationPresent(JsonbTransient.class)) {
                continue;
            }
            String json = jsonName(component);
            Schema annotated = before.getOrDefault(json, before.get(component.getName()));
            Schema property = propertySchema(component.getGenericType(), annotated);
            JsonbNillable nillable = annotation(component, JsonbNillable.class);
            boolean omitted = nillable == null ? typeOmitsNulls : omitsNulls(nillable);
            if (!omitted && !isList(component.getType())) {
                required.add(json);
            }
            boolean nullable = !component.getType().isPrimitive() && !omitted && (nillable != null
                    || annotated != null && Boolean.TRUE.equals(annotated.getNullable()));
            if (nullable) {
                property.setNullable(true);
                if (property.getRef() != null) {
                    SchemaRepair.nullableReference(property);
                }
            } else {
                property.setNullable(null);
            }
            schema.addProperty(json, property);
        }
        schema.setRequired(required.isEmpty() ? null : required);
        return schema;
    }

    private static boolean isList(Class<?> type) {
        return Collection.class.isAssignableFrom(type) || type.isArray();
    }

    private static boolean omitsNulls(JsonbNillable nillable) {
        return nillable != null && !nillable.value();
    }

    private static <A extends Annotation> A annotation(RecordComponent component, Class<A> type) {
        A onComponent = component.getAnnotation(type);
        return onComponent != null ? onComponent : component.getAccessor().getAnnotation(type);
    }

    static String jsonName(RecordComponent component) {
        JsonbProperty property = annotation(component, JsonbProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    /** {@code @JsonbPropertyOrder} names Java or JSON names; the others follow in declaration order. */
    private static List<RecordComponent> inWireOrder(Class<?> record) {
        List<RecordComponent> declared = List.of(record.getRecordComponents());
        JsonbPropertyOrder order = record.getAnnotation(JsonbPropertyOrder.class);
        if (order == null) {
            return declared;
        }
        Map<String, RecordComponent> byName = new LinkedHashMap<>();
        declared.forEach(component -> byName.putIfAbsent(component.getName(), component));
        declared.forEach(component -> byName.putIfAbsent(jsonName(component), component));
        LinkedHashSet<RecordComponent> ordered = new LinkedHashSet<>();
        Arrays.stream(order.value()).map(byName::get).filter(c -> c != null).forEach(ordered::add);
        ordered.addAll(declared);
        return List.copyOf(ordered);
    }

    /**
     * The shape of the Java type, with the annotation's description, example and enumeration; what the annotation
     * documented only where the Java type says nothing (an Object or a JSON value written by hand).
     */
    private Schema propertySchema(Type type, Schema annotated) {
        if (annotated != null && isOpaque(type)) {
            return annotated;
        }
        Schema derived = derived(type);
        if (annotated != null) {
            derived.description(annotated.getDescription()).example(annotated.getExample());
            if (annotated.getEnumeration() != null) {
                derived.setEnumeration(annotated.getEnumeration());
            }
            if (annotated.getFormat() != null && derived.getFormat() == null) {
                derived.setFormat(annotated.getFormat());
            }
        }
        return derived;
    }

    private static final Map<Class<?>, Function<Schema, Schema>> SCALARS = Map.ofEntries(
            Map.entry(String.class, s -> s.type(SchemaType.STRING)),
            Map.entry(Character.class, s -> s.type(SchemaType.STRING)),
            Map.entry(char.class, s -> s.type(SchemaType.STRING)),
            Map.entry(boolean.class, s -> s.type(SchemaType.BOOLEAN)),
            Map.entry(Boolean.class, s -> s.type(SchemaType.BOOLEAN)),
            Map.entry(int.class, s -> s.type(SchemaType.INTEGER).format("int32")),
            Map.entry(Integer.class, s -> s.type(SchemaType.INTEGER).format("int32")),
            Map.entry(short.class, s -> s.type(SchemaType.INTEGER).format("int32")),
            Map.entry(long.class, s -> s.type(SchemaType.INTEGER).format("int64")),
            Map.entry(Long.class, s -> s.type(SchemaType.INTEGER).format("int64")),
            Map.entry(double.class, s -> s.type(SchemaType.NUMBER).format("double")),
            Map.entry(Double.class, s -> s.type(SchemaType.NUMBER).format("double")),
            Map.entry(float.class, s -> s.type(SchemaType.NUMBER).format("float")),
            Map.entry(Float.class, s -> s.type(SchemaType.NUMBER).format("float")),
            Map.entry(java.math.BigDecimal.class, s -> s.type(SchemaType.NUMBER)),
            Map.entry(Instant.class, s -> s.type(SchemaType.STRING).format("date-time")),
            Map.entry(OffsetDateTime.class, s -> s.type(SchemaType.STRING).format("date-time")),
            Map.entry(LocalDateTime.class, s -> s.type(SchemaType.STRING)),
            Map.entry(LocalDate.class, s -> s.type(SchemaType.STRING).format("date")));

    private static boolean isOpaque(Type type) {
        Type raw = type instanceof ParameterizedType parameterized ? parameterized.getRawType() : type;
        return raw instanceof Class<?> plain && !SCALARS.containsKey(plain) && !plain.isEnum() && !plain.isRecord()
                && !plain.isArray() && !Collection.class.isAssignableFrom(plain) && !Map.class.isAssignableFrom(plain);
    }

    private Schema derived(Type type) {
        Schema schema = OASFactory.createSchema();
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return schema.type(SchemaType.ARRAY).items(derived(arguments[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return schema.type(SchemaType.OBJECT).additionalPropertiesSchema(derived(arguments[1]));
            }
            return derived(raw);
        }
        if (!(type instanceof Class<?> plain)) {
            return schema;
        }
        if (SCALARS.containsKey(plain)) {
            return SCALARS.get(plain).apply(schema);
        }
        if (plain.isEnum()) {
            return schema.type(SchemaType.STRING).enumeration(Arrays.stream(plain.getEnumConstants())
                    .map(constant -> (Object) ((Enum<?>) constant).name()).toList());
        }
        if (plain.isRecord() && records.get(nameOf(plain)) == plain) {
            referenced.add(nameOf(plain));
            return schema.ref(REF + nameOf(plain));
        }
        if (plain.isArray()) {
            return schema.type(SchemaType.ARRAY).items(derived(plain.getComponentType()));
        }
        return schema.type(SchemaType.OBJECT);
    }
}
