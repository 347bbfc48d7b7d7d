package ru.smolensk.registry.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The screens and the REST API are separate adapters over the same use cases: neither depends on the other, what
 * both need (upload reading) lives below them.
 */
@AnalyzeClasses(packages = "ru.smolensk.registry.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebBoundariesTest {

    @ArchTest
    static final ArchRule screensDoNotDependOnTheRestApi = noClasses().that()
            .resideInAPackage("ru.smolensk.registry.web.ui..").should().dependOnClassesThat()
            .resideInAPackage("ru.smolensk.registry.web.rest..");

    @ArchTest
    static final ArchRule theRestApiDoesNotDependOnScreens = noClasses().that()
            .resideInAPackage("ru.smolensk.registry.web.rest..").should().dependOnClassesThat()
            .resideInAPackage("ru.smolensk.registry.web.ui..");

    @ArchTest
    static final ArchRule theSoapEndpointDependsOnNeitherScreensNorRest = noClasses().that()
            .resideInAPackage("ru.smolensk.registry.web.soap..").should().dependOnClassesThat()
            .resideInAnyPackage("ru.smolensk.registry.web.ui..", "ru.smolensk.registry.web.rest..");
}
