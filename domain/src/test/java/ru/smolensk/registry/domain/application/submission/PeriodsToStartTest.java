package ru.smolensk.registry.domain.application.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.model.campaign.Campaign;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.testing.InMemoryCampaigns;
import ru.smolensk.registry.domain.testing.InMemoryOrganizations;
import ru.smolensk.registry.domain.testing.TestUser;

/** The periods an operator's organisation is offered for a new plan or report. */
class PeriodsToStartTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    private final InMemoryOrganizations organizations = new InMemoryOrganizations();
    private final Organization smolensk = organizations.get("smolensk");
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns();

    @Test
    void openCampaignsOfTheOrganisationsLevelComeFirstThenTheUsualPeriods() {
        campaigns.save(new Campaign(DocumentKind.PLAN, Level.MUNICIPAL, ReportingPeriod.parse("2027-H2"),
                TODAY.minusDays(5), TODAY.plusDays(30)));
        campaigns.save(new Campaign(DocumentKind.PLAN, Level.MUNICIPAL, ReportingPeriod.parse("2026-H2"),
                TODAY.minusDays(5), TODAY.plusDays(10)));
        campaigns.save(new Campaign(DocumentKind.PLAN, Level.MUNICIPAL, ReportingPeriod.parse("2025-H2"),
                TODAY.minusDays(60), TODAY.minusDays(1)));
        campaigns.save(new Campaign(DocumentKind.PLAN, Level.REGIONAL, ReportingPeriod.parse("2028-H1"),
                TODAY.minusDays(5), TODAY.plusDays(30)));
        PeriodsToStart periods = new PeriodsToStart(new TestUser("smolensk", Role.OPERATOR, smolensk), campaigns);

        assertEquals(List.of("2026-H2", "2027-H2", "2026-H1"), codes(periods.of(DocumentKind.PLAN, TODAY)),
                "earliest deadline first; a closed campaign and another level's are not offered");
        assertEquals(List.of("2026-Q1", "2026-Q2"), codes(periods.of(DocumentKind.REPORT, TODAY)));
    }

    @Test
    void theCoordinatorAndUnboundAccountsAreOfferedNothing() {
        assertEquals(List.of(), new PeriodsToStart(new TestUser("coordinator", Role.COORDINATOR, null), campaigns)
                .of(DocumentKind.PLAN, TODAY));
        assertEquals(List.of(), new PeriodsToStart(new TestUser("nobody", Role.OPERATOR, null), campaigns)
                .of(DocumentKind.REPORT, TODAY));
    }

    private static List<String> codes(List<ReportingPeriod> periods) {
        return periods.stream().map(ReportingPeriod::code).toList();
    }
}
