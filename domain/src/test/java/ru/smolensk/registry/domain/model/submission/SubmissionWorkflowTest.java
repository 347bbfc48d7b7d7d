package ru.smolensk.registry.domain.model.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationKind;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.shared.DomainException;

class SubmissionWorkflowTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 1, 10, 9, 0, 0, 0, ZoneOffset.ofHours(3));
    private final Organization shumyachi = new Organization("shumyachsky", OrganizationKind.MUNICIPAL_OKRUG,
            "Шумячский муниципальный округ", 240);

    private Submission draftReport() {
        return new Submission(shumyachi, ReportingPeriod.parse("2025-Q4"), DocumentKind.REPORT, "shumyachi", NOW);
    }

    @Test
    void aNewSubmissionIsAnEditableDraftAtTheOrganisationsLevel() {
        Submission report = draftReport();
        assertEquals(SubmissionStatus.DRAFT, report.status());
        assertEquals(Level.MUNICIPAL, report.level());
        report.ensureEditable();
        assertEquals(1, report.history().size());
    }

    @Test
    void draftIsSubmittedThenApproved() {
        Submission report = draftReport();
        report.submit("shumyachi", NOW.plusHours(1));
        report.approve("coordinator", NOW.plusHours(2), null);
        assertEquals(SubmissionStatus.APPROVED, report.status());
        assertEquals("coordinator", report.decidedBy());
        assertEquals(List.of(SubmissionStatus.DRAFT, SubmissionStatus.SUBMITTED, SubmissionStatus.APPROVED),
                report.history().stream().map(SubmissionTransition::to).toList());
        assertThrows(WorkflowException.class, report::ensureEditable);
    }

    @Test
    void returnNeedsAReasonAndMakesTheSubmissionEditableAgain() {
        Submission report = draftReport();
        report.submit("shumyachi", NOW);
        WorkflowException noReason = assertThrows(WorkflowException.class,
                () -> report.returnForCorrection("coordinator", NOW, "  "));
        assertEquals("Укажите причину возврата на доработку", noReason.getMessage());
        assertEquals(SubmissionStatus.SUBMITTED, report.status());

        report.returnForCorrection("coordinator", NOW, " Не указаны участники ");
        assertEquals(SubmissionStatus.RETURNED, report.status());
        assertEquals("Не указаны участники", report.returnReason());
        report.ensureEditable();

        report.submit("shumyachi", NOW.plusDays(1));
        report.approve("coordinator", NOW.plusDays(2), "Принято");
        assertNull(report.returnReason());
    }

    @Test
    void forbiddenTransitionsAreConflicts() {
        Submission report = draftReport();
        assertThrows(WorkflowException.class, () -> report.approve("coordinator", NOW, null));
        assertThrows(WorkflowException.class, () -> report.returnForCorrection("coordinator", NOW, "x"));
        report.submit("shumyachi", NOW);
        WorkflowException twice = assertThrows(WorkflowException.class, () -> report.submit("shumyachi", NOW));
        assertEquals("workflow-conflict", twice.code());
        assertEquals("Нельзя перевести отчет из статуса «на рассмотрении» в статус «на рассмотрении»",
                twice.getMessage());
        report.approve("coordinator", NOW, null);
        assertThrows(WorkflowException.class, () -> report.returnForCorrection("coordinator", NOW, "поздно"));
    }

    @Test
    void planIsPerHalfYearAndReportPerQuarter() {
        DomainException plan = assertThrows(DomainException.class,
                () -> new Submission(shumyachi, ReportingPeriod.parse("2025-Q4"), DocumentKind.PLAN, "x", NOW));
        assertEquals("period-kind-mismatch", plan.code());
        assertThrows(DomainException.class,
                () -> new Submission(shumyachi, ReportingPeriod.parse("2026-H1"), DocumentKind.REPORT, "x", NOW));
    }

    @Test
    void regionalBodiesSubmitRegionalDocuments() {
        Organization ministry = new Organization("min_culture", OrganizationKind.EXECUTIVE_BODY,
                "Министерство культуры и туризма Смоленской области", 100);
        Submission plan = new Submission(ministry, ReportingPeriod.parse("2026-H2"), DocumentKind.PLAN, "culture",
                NOW);
        assertEquals(Level.REGIONAL, plan.level());
    }

    @Test
    void onlyAnApprovedSubmissionIsReopenedAndOnlyWithAReason() {
        Submission report = draftReport();
        report.submit("shumyachi", NOW);
        assertThrows(WorkflowException.class, () -> report.reopen("coordinator", NOW, "Исправить даты"));
        report.approve("coordinator", NOW, null);
        assertThrows(WorkflowException.class, () -> report.returnForCorrection("coordinator", NOW, "x"));
        assertThrows(WorkflowException.class, () -> report.reopen("coordinator", NOW, " "));
        assertEquals(SubmissionStatus.APPROVED, report.status());

        report.reopen("coordinator", NOW.plusDays(1), " Исправить даты ");
        assertEquals(SubmissionStatus.RETURNED, report.status());
        assertEquals("Открыт для изменений: Исправить даты", report.returnReason());
        report.ensureEditable();
        SubmissionTransition last = report.history().get(report.history().size() - 1);
        assertEquals(SubmissionStatus.APPROVED, last.from());
        report.submit("shumyachi", NOW.plusDays(2));
        report.approve("coordinator", NOW.plusDays(3), null);
        assertEquals(SubmissionStatus.APPROVED, report.status());
    }
}
