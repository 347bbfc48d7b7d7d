package ru.smolensk.registry.domain.application.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.domain.model.organization.NameKind;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationKind;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;

/** Whose document an upload is and for which period, as the coordinator imports it. */
class DocumentIssuerTest {

    private static final CurrentUser COORDINATOR = new CurrentUser() {
        @Override
        public String username() {
            return "coordinator";
        }

        @Override
        public boolean hasRole(Role role) {
            return role == Role.COORDINATOR;
        }

        @Override
        public Optional<Organization> organization() {
            return Optional.empty();
        }
    };

    private final Organization shumyachi = municipal();
    private final Organization culture = new Organization("min_culture", OrganizationKind.EXECUTIVE_BODY,
            "Министерство культуры и туризма Смоленской области", 100);
    private final DocumentIssuer issuer = new DocumentIssuer(List.of(shumyachi, culture));

    private static Organization municipal() {
        Organization org = new Organization("shumyachsky", OrganizationKind.MUNICIPAL_OKRUG, 250);
        org.addName("Шумячский муниципальный округ", NameKind.OFFICIAL, LocalDate.of(2025, 1, 1), null);
        org.addName("Шумячский район", NameKind.OFFICIAL, null, LocalDate.of(2024, 12, 31));
        return org;
    }

    private static ImportedDocument document(String title, Level level, ReportingPeriod period,
            List<String> sections) {
        ImportedRow row = new ImportedRow("1.", Map.of(EventField.NAME, "Форум", EventField.DATES, "май 2026 года"));
        return new ImportedDocument("upload.doc", DocumentKind.PLAN, level, period,
                sections.stream().map(s -> new ImportedSection(s, List.of(row))).toList(), null, List.of(), title);
    }

    @Test
    void aMinistrysOwnPlanBelongsToTheMinistryAtItsLevel() {
        DocumentIssuer.Resolution r = issuer.resolve(COORDINATOR, document("План Министерства культуры и туризма "
                + "Смоленской области на I полугодие 2026 года", null, ReportingPeriod.parse("2026-H1"),
                List.of("В сфере культуры")), ImportOptions.NONE);

        assertEquals(List.of(), r.errors());
        assertEquals(culture, r.issuer());
        assertEquals(Level.REGIONAL, r.document().level());
    }

    @Test
    void aHistoricNameFindsTheMunicipality() {
        DocumentIssuer.Resolution r = issuer.resolve(COORDINATOR, document("План Администрации муниципального "
                + "образования «Шумячский район» Смоленской области", Level.MUNICIPAL,
                ReportingPeriod.parse("2024-H2"), List.of("")), ImportOptions.NONE);

        assertEquals(shumyachi, r.issuer());
        assertEquals(Level.MUNICIPAL, r.document().level());
    }

    @Test
    void aConsolidatedDocumentHasNoIssuer() {
        DocumentIssuer.Resolution r = issuer.resolve(COORDINATOR, document("План органов местного самоуправления "
                + "муниципальных образований", Level.MUNICIPAL, ReportingPeriod.parse("2026-H1"),
                List.of("Шумячский муниципальный округ", "город Смоленск")), ImportOptions.NONE);

        assertNull(r.issuer());
        assertEquals(List.of(), r.errors());
    }

    @Test
    void aTitleNamingNoOrganisationIsAnErrorWithSuggestionsUntilOneIsChosen() {
        ImportedDocument untitled = document("План международных мероприятий", null, ReportingPeriod.parse("2026-H1"),
                List.of(""));
        DocumentIssuer.Resolution refused = issuer.resolve(COORDINATOR, untitled, ImportOptions.NONE);
        assertEquals(List.of("unknown-organization"), refused.errors().stream().map(ImportIssue::code).toList());
        assertEquals(2, refused.suggestions().size());

        DocumentIssuer.Resolution chosen = issuer.resolve(COORDINATOR, untitled,
                new ImportOptions("shumyachsky", null, false));
        assertEquals(List.of(), chosen.errors());
        assertEquals(shumyachi, chosen.issuer());
    }

    @Test
    void aPeriodIsTakenFromTheTitleOrChosenButNeverGuessed() {
        ImportedDocument noPeriod = document("План Министерства культуры и туризма", null, null, List.of(""));
        DocumentIssuer.Resolution refused = issuer.resolve(COORDINATOR, noPeriod, ImportOptions.NONE);
        assertEquals("unknown-period", refused.errors().get(0).code());
        assertTrue(refused.errors().get(0).message().contains("2026"), refused.errors().get(0).message());

        DocumentIssuer.Resolution chosen = issuer.resolve(COORDINATOR, noPeriod,
                new ImportOptions(null, ReportingPeriod.parse("2026-H1"), false));
        assertEquals(ReportingPeriod.parse("2026-H1"), chosen.document().period());

        DocumentIssuer.Resolution conflict = issuer.resolve(COORDINATOR, document("План Министерства культуры и "
                + "туризма на I полугодие 2026 года", null, ReportingPeriod.parse("2026-H1"), List.of("")),
                new ImportOptions(null, ReportingPeriod.parse("2026-H2"), false));
        assertEquals("period-conflict", conflict.errors().get(0).code());
        assertTrue(conflict.errors().get(0).message().contains("I полугодие 2026 года"));
    }
}
