package id.wilayah.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The modules' layering, checked on the production classes of all four modules (the WAR's test class path holds
 * them): the domain knows no delivery mechanism, the importer serves the HTTP and console layers but never calls
 * them, and no two packages depend on each other.
 */
class LayeringTest {
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // test-jars (the importer's test corpus comes as one) hold test classes too
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("id.wilayah");
    }

    @Test
    void domainKnowsNeitherHttpNorImporterNorConsole() {
        noClasses().that().resideInAPackage("id.wilayah.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "id.wilayah.api..", "id.wilayah.importer..", "id.wilayah.admin..")
                .check(production);
    }

    @Test
    void importerKnowsNeitherHttpNorConsole() {
        noClasses().that().resideInAPackage("id.wilayah.importer..")
                .should().dependOnClassesThat().resideInAnyPackage("id.wilayah.api..", "id.wilayah.admin..")
                .check(production);
    }

    @Test
    void consoleKnowsNoHttpResource() {
        noClasses().that().resideInAPackage("id.wilayah.admin..")
                .should().dependOnClassesThat().resideInAPackage("id.wilayah.api..")
                .check(production);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("id.wilayah.(**)").should().beFreeOfCycles().check(production);
    }
}
