package ru.smolensk.registry.domain.application.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.campaign.CampaignClosed;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.PeriodKindMismatch;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.testing.InMemoryOrganizations;
import ru.smolensk.registry.domain.testing.InMemorySubmissions;

/** What people read of a plan or report: the organisation's name and the period in words, no code or id. */
class SubmissionWordingTest {

    private final Organization smolensk = new InMemoryOrganizations().get("smolensk");
    private final InMemorySubmissions submissions = new InMemorySubmissions();

    @Test
    void aPlanAndAReportAreNamedByPeriodInWordsAndOrganisation() {
        Submission plan = submissions.save(new Submission(smolensk, ReportingPeriod.parse("2056-H2"),
                DocumentKind.PLAN, "smolensk", OffsetDateTime.now()));
        Submission report = submissions.save(new Submission(smolensk, ReportingPeriod.parse("2025-Q4"),
                DocumentKind.REPORT, "smolensk", OffsetDateTime.now()));
        assertEquals("План на II полугодие 2056 года — город Смоленск", SubmissionWording.title(plan));
        assertEquals("Отчет за IV квартал 2025 года — город Смоленск", SubmissionWording.title(report));
    }

    @Test
    void theMessagesOfTheWorkflowNameThePeriodInWords() {
        assertEquals("Срок приема отчетов за III квартал 2037 года истек 10.10.2037; изменить документ можно только"
                + " после продления срока координатором",
                new CampaignClosed(DocumentKind.REPORT,
                        ReportingPeriod.parse("2037-Q3"), LocalDate.of(2037, 10, 10)).getMessage());
        assertEquals("План составляется на полугодие (например, 2026-H1), а не на IV квартал 2025 года",
                new PeriodKindMismatch(DocumentKind.PLAN, ReportingPeriod.parse("2025-Q4")).getMessage());
    }
}
