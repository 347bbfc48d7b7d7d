package ru.smolensk.registry.web.ui.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.application.campaign.Notice;
import ru.smolensk.registry.domain.model.campaign.Campaign;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationKind;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

class DeadlinesTest {

    private final Organization smolensk = new Organization("smolensk", OrganizationKind.CITY_OKRUG, "город Смоленск",
            1);

    @Test
    void campaignsOfTheOrganisationsLevelNewestFirstWithItsDocumentAndOverdueMark() {
        ReportingPeriod q3 = ReportingPeriod.parse("2026-Q3");
        ReportingPeriod h2 = ReportingPeriod.parse("2026-H2");
        Campaign report = new Campaign(DocumentKind.REPORT, Level.MUNICIPAL, q3, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 15));
        Campaign plan = new Campaign(DocumentKind.PLAN, Level.MUNICIPAL, h2, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 20));
        Campaign regional = new Campaign(DocumentKind.PLAN, Level.REGIONAL, h2, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 20));
        Submission own = new Submission(smolensk, h2, DocumentKind.PLAN, "smolensk", OffsetDateTime.now());
        Notice overdue = new Notice("OVERDUE", "REPORT", "MUNICIPAL", "2026-Q3", LocalDate.of(2026, 10, 15),
                "Просрочена сдача");

        List<DeadlineRow> rows = Deadlines.of(smolensk, List.of(plan, regional, report), List.of(own),
                List.of(overdue));

        assertEquals(2, rows.size(), "only municipal campaigns: " + rows);
        DeadlineRow first = rows.get(0);
        assertEquals("2026-Q3", first.period());
        assertTrue(first.overdue());
        assertNull(first.status(), "no report created yet");
        assertFalse(first.isExtended());
        DeadlineRow second = rows.get(1);
        assertEquals(SubmissionStatus.DRAFT, second.status());
        assertFalse(second.overdue());
        assertEquals(LocalDate.of(2026, 6, 20), second.deadline());
    }
}
