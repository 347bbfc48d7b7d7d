package ru.smolensk.registry.web.ui.submissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationKind;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

class CoordinatorMatrixTest {

    private final Organization smolensk = new Organization("smolensk", OrganizationKind.CITY_OKRUG, "город Смоленск",
            1);
    private final Organization shumyachi = new Organization("shumyachsky", OrganizationKind.MUNICIPAL_OKRUG,
            "Шумячский муниципальный округ", 2);

    @Test
    void eachCellHoldsTheStatusOfThatOrganisationsDocumentAndEachColumnItsTotals() {
        ReportingPeriod plan = ReportingPeriod.parse("2026-H1");
        ReportingPeriod report = ReportingPeriod.parse("2025-Q4");
        Submission draft = new Submission(smolensk, plan, DocumentKind.PLAN, "smolensk", OffsetDateTime.now());
        Submission submitted = new Submission(shumyachi, report, DocumentKind.REPORT, "shumyachi",
                OffsetDateTime.now());
        submitted.submit("shumyachi", OffsetDateTime.now());
        Map<ReportingPeriod, List<Submission>> byPeriod = new LinkedHashMap<>();
        byPeriod.put(plan, List.of(draft));
        byPeriod.put(report, List.of(submitted));

        CoordinatorMatrix matrix = new CoordinatorMatrix(List.of(smolensk, shumyachi), byPeriod);

        assertEquals(List.of(plan, report), matrix.getPeriods());
        assertEquals("город Смоленск", matrix.getRows().get(0).organization());
        assertEquals(SubmissionStatus.DRAFT, matrix.getRows().get(0).cells().get(0).status());
        assertNull(matrix.getRows().get(0).cells().get(1).status());
        assertNull(matrix.getRows().get(0).cells().get(1).submissionId());
        assertNull(matrix.getRows().get(1).cells().get(0).status());
        assertEquals(SubmissionStatus.SUBMITTED, matrix.getRows().get(1).cells().get(1).status());
        MatrixColumn reports = matrix.getColumns().get(1);
        assertEquals(1, reports.none());
        assertEquals(1, reports.counts().stream().filter(c -> c.status() == SubmissionStatus.SUBMITTED)
                .findFirst().orElseThrow().count());
        assertEquals(0, reports.counts().stream().filter(c -> c.status() == SubmissionStatus.APPROVED)
                .findFirst().orElseThrow().count());
    }

    @Test
    void organisationsAreGroupedByKindInTheOfficialOrderAndOthersAreLeftOut() {
        Organization desnogorsk = new Organization("desnogorsk", OrganizationKind.CITY_OKRUG, "город Десногорск", 260);
        Organization culture = new Organization("min_culture", OrganizationKind.EXECUTIVE_BODY,
                "Министерство культуры", 100);
        Organization economy = new Organization("min_economy", OrganizationKind.EXECUTIVE_BODY,
                "Министерство экономического развития", 10);
        Organization coordinator = new Organization("coordinator", OrganizationKind.COORDINATING_BODY,
                "Координатор", 1);
        Map<ReportingPeriod, List<Submission>> byPeriod = new LinkedHashMap<>();
        byPeriod.put(ReportingPeriod.parse("2026-H1"), List.of());

        CoordinatorMatrix matrix = new CoordinatorMatrix(List.of(culture, shumyachi, coordinator, desnogorsk, economy,
                smolensk), byPeriod);

        assertEquals(List.of(OrganizationKind.CITY_OKRUG, OrganizationKind.MUNICIPAL_OKRUG,
                OrganizationKind.EXECUTIVE_BODY), matrix.getGroups().stream().map(MatrixGroup::kind).toList());
        assertEquals(List.of("smolensk", "desnogorsk", "shumyachsky", "min_economy", "min_culture"),
                matrix.getRows().stream().map(MatrixRow::code).toList());
        assertEquals(5, matrix.getColumns().get(0).none());
    }
}
