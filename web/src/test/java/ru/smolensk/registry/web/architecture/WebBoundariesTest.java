package ru.smolensk.registry.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The screens and the REST API are separate adapters over the same use cases: neither depends on the other, what
 * both need (upload reading) lives below them.
 */
class WebBoundariesTest {

    /**
     * The production classes, imported once. The rules are checked by plain tests: the ArchUnit JUnit engine's
     * {@code @ArchTest} fields were discovered but never run under this build's Surefire (0 tests reported).
     */
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ru.smolensk.registry.web");
    }

    static final ArchRule screensDoNotDependOnTheRestApi = noClasses().that()
            .resideInAPackage("ru.smolensk.registry.web.ui..").should().dependOnClassesThat()
            .resideInAPackage("ru.smolensk.registry.web.rest..");

    static final ArchRule theRestApiDoesNotDependOnScreens = noClasses().that()
            .resideInAPackage("ru.smolensk.registry.web.rest..").should().dependOnClassesThat()
            .resideInAPackage("ru.smolensk.registry.web.ui..");

    static final ArchRule theSoapEndpointDependsOnNeitherScreensNorRest = noClasses().that()
            .resideInAPackage("ru.smolensk.registry.web.soap..").should().dependOnClassesThat()
            .resideInAnyPackage("ru.smolensk.registry.web.ui..", "ru.smolensk.registry.web.rest..");

    @Test
    void checksScreensDoNotDependOnTheRestApi() {
        screensDoNotDependOnTheRestApi.check(classes);
    }

    @Test
    void checksTheRestApiDoesNotDependOnScreens() {
        theRestApiDoesNotDependOnScreens.check(classes);
    }

    @Test
    void checksTheSoapEndpointDependsOnNeitherScreensNorRest() {
        theSoapEndpointDependsOnNeitherScreensNorRest.check(classes);
    }
}
