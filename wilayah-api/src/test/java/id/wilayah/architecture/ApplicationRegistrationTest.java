package id.wilayah.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The WAR holds several JAX-RS applications, each listing its classes, so a resource or provider nobody lists is
 * silently absent: a 404 for a whole endpoint, or a filter (the key check, an error shape) that never runs. Every
 * resource belongs to exactly one application (its URL says which); every provider to at least one, since the key
 * filter and the error mappers serve both surfaces.
 */
class ApplicationRegistrationTest {
    private static List<Class<?>> resources;
    private static List<Class<?>> providers;
    private static Map<String, Application> applications;

    @BeforeAll
    static void importProductionClasses() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("id.wilayah");
        resources = reflected(classes, type -> type.isAnnotatedWith(Path.class));
        providers = reflected(classes, type -> type.isAnnotatedWith(Provider.class));
        applications = new TreeMap<>();
        reflected(classes, type -> type.isAssignableTo(Application.class)
                && type.isAnnotatedWith(ApplicationPath.class)).forEach(type -> {
                    try {
                        applications.put(type.getSimpleName(),
                                (Application) type.getDeclaredConstructor().newInstance());
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(type.getName(), e);
                    }
                });
    }

    /** Only the classes that matter are loaded: others need libraries only the server has. */
    private static List<Class<?>> reflected(JavaClasses classes, Predicate<JavaClass> wanted) {
        return classes.stream().filter(type -> !type.isInterface()
                && !type.getModifiers().contains(JavaModifier.ABSTRACT) && wanted.test(type))
                .<Class<?>>map(JavaClass::reflect).toList();
    }

    @Test
    void theProductionClassesAreFound() {
        assertEquals(List.of("NativeApi", "NusantaraApi"), List.copyOf(applications.keySet()));
        assertTrue(resources.size() > 20, resources::toString);
        assertFalse(providers.isEmpty());
    }

    @Test
    void everyResourceIsRegisteredInExactlyOneApplication() {
        for (Class<?> resource : resources) {
            List<String> registeredIn = registrations(resource);
            assertEquals(1, registeredIn.size(), () -> resource.getName() + " is registered in " + registeredIn
                    + ": list it in the getClasses() of the one application whose path it answers under");
        }
    }

    @Test
    void everyProviderIsRegisteredInAnApplication() {
        for (Class<?> provider : providers) {
            assertFalse(registrations(provider).isEmpty(), () -> provider.getName()
                    + " is registered in no application, so it never runs: list it in getClasses()");
        }
    }

    private static List<String> registrations(Class<?> type) {
        return applications.entrySet().stream().filter(entry -> entry.getValue().getClasses().contains(type))
                .map(Map.Entry::getKey).toList();
    }
}
