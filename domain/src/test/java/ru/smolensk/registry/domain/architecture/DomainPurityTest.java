package ru.smolensk.registry.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain knows nothing of documents, HTTP, screens, SOAP or the upper modules. */
@AnalyzeClasses(packages = "ru.smolensk.registry.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainPurityTest {

    @ArchTest
    static final ArchRule noOuterWorldTechnology = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.apache.poi..", "jakarta.ws.rs..", "jakarta.faces..", "jakarta.xml.ws..", "jakarta.servlet..",
            "org.primefaces..", "ru.smolensk.registry.persistence..", "ru.smolensk.registry.integration..",
            "ru.smolensk.registry.web..");

    @ArchTest
    static final ArchRule modelDoesNotUseApplicationServices = noClasses().that()
            .resideInAPackage("ru.smolensk.registry.domain.model..").should().dependOnClassesThat()
            .resideInAPackage("ru.smolensk.registry.domain.application..");
}
