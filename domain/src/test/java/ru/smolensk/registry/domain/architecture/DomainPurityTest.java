package ru.smolensk.registry.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;

import java.time.OffsetDateTime;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.submission.Submission;

/** The domain knows nothing of documents, HTTP, screens, SOAP or the upper modules. */
class DomainPurityTest {

    /**
     * The production classes, imported once. The rules are checked by plain tests: the ArchUnit JUnit engine's
     * {@code @ArchTest} fields were discovered but never run under this build's Surefire (0 tests reported).
     */
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ru.smolensk.registry.domain");
    }

    static final ArchRule noOuterWorldTechnology = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.apache.poi..", "jakarta.ws.rs..", "jakarta.faces..", "jakarta.xml.ws..", "jakarta.servlet..",
            "org.primefaces..", "ru.smolensk.registry.persistence..", "ru.smolensk.registry.integration..",
            "ru.smolensk.registry.web..");

    static final ArchRule modelDoesNotUseApplicationServices = noClasses().that()
            .resideInAPackage("ru.smolensk.registry.domain.model..").should().dependOnClassesThat()
            .resideInAPackage("ru.smolensk.registry.domain.application..");

    /** Entries are created and changed only by the one owner of entry writes (and the model itself). */
    static final ArchRule entriesAreWrittenOnlyThroughTheirOwner = noClasses().that()
            .resideOutsideOfPackages("ru.smolensk.registry.domain.model..",
                    "ru.smolensk.registry.domain.application.entry..")
            .should().callMethodWhere(target(owner(assignableTo(EventEntry.class)))
                    .and(target(nameMatching("rewrite|normalize|placeInSection|replaceAgreements|addAgreement"
                            + "|fulfils|receivedFrom|renumber"))))
            .orShould().callConstructor(EventEntry.class, Submission.class, int.class, String.class,
                    OfficialColumns.class, OffsetDateTime.class)
            .because("the rules of writing entries live in one place (SubmissionEntries)");

    @Test
    void checksNoOuterWorldTechnology() {
        noOuterWorldTechnology.check(classes);
    }

    @Test
    void checksModelDoesNotUseApplicationServices() {
        modelDoesNotUseApplicationServices.check(classes);
    }

    @Test
    void checksEntriesAreWrittenOnlyThroughTheirOwner() {
        entriesAreWrittenOnlyThroughTheirOwner.check(classes);
    }
}
