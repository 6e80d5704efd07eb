package id.wilayah.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The operations of a JAX-RS application as the OpenAPI document names them (path and HTTP method), with the resource
 * method that serves each, so that a rule a filter applies by annotation is documented by the same annotation.
 */
record ResourceOperations(List<ResourceOperation> all) {

    /** One resource method: its path with JAX-RS patterns removed ({@code {level}}), and its HTTP method. */
    record ResourceOperation(String path, String httpMethod, Method method) {
        /** The annotation on the method, or else on its resource class. */
        <A extends Annotation> Optional<A> annotation(Class<A> type) {
            A onMethod = method.getAnnotation(type);
            return Optional.ofNullable(onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(type));
        }
    }

    static ResourceOperations of(Application application) {
        String root = "/" + application.getClass().getAnnotation(ApplicationPath.class).value();
        return new ResourceOperations(application.getClasses().stream()
                .filter(type -> type.isAnnotationPresent(Path.class))
                .flatMap(type -> Arrays.stream(type.getMethods())
                        .flatMap(method -> httpMethod(method).stream()
                                .map(verb -> new ResourceOperation(join(root, pathOf(type), pathOf(method)), verb,
                                        method))))
                .toList());
    }

    List<ResourceOperation> annotatedWith(Class<? extends Annotation> type) {
        return all.stream().filter(operation -> operation.annotation(type).isPresent()).toList();
    }

    private static Optional<String> httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
                .filter(verb -> verb != null).map(verb -> verb.value().toUpperCase(Locale.ROOT)).findFirst();
    }

    private static String pathOf(AnnotatedElement element) {
        Path path = element.getAnnotation(Path.class);
        return path == null ? "" : path.value();
    }

    private static String join(String... parts) {
        String joined = String.join("/", parts).replaceAll("/{2,}", "/").replaceFirst("(?<=.)/$", "");
        return joined.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }
}
