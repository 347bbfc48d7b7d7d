package ru.smolensk.registry.domain.testing;

import java.time.OffsetDateTime;

import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.campaign.CampaignGuard;
import ru.smolensk.registry.domain.application.entry.EntryContent;
import ru.smolensk.registry.domain.application.entry.EntrySection;
import ru.smolensk.registry.domain.application.entry.Origin;
import ru.smolensk.registry.domain.application.entry.SubmissionEntries;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventFormat;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;

/**
 * The operator of город Смоленск at work without a database: every store in memory, the entry owner without
 * campaigns, drafts and entries written the way the screens write them (audited).
 */
public final class EntryDesk {

    public final InMemoryOrganizations organizations = new InMemoryOrganizations();
    public final Organization smolensk = organizations.get("smolensk");
    public final Organization shumyachi = organizations.get("shumyachsky");
    public final InMemorySubmissions submissions = new InMemorySubmissions();
    public final InMemoryEvents events = new InMemoryEvents();
    public final RecordingAuditLog audit = new RecordingAuditLog();
    public final TestUser user = new TestUser("smolensk", Role.OPERATOR, smolensk);
    public final SubmissionEntries entries = new SubmissionEntries(new CampaignGuard(user, new InMemoryCampaigns()),
            events, audit);

    /** A draft plan or report of the organisation for the period (a code such as 2031-H1). */
    public Submission draft(Organization organization, String period, DocumentKind kind) {
        return submissions.save(new Submission(organization, ReportingPeriod.parse(period), kind, "test",
                OffsetDateTime.now()));
    }

    /** An entry added on screen by the signed-in user, after the submission's last one. */
    public EventEntry add(Submission submission, String name, String dates, EventFormat format) {
        OfficialColumns columns = new OfficialColumns(name, "г. Смоленск", dates, "Описание", "Цель", null,
                "30 человек");
        return entries.open(Origin.form(user), submission).add(entries.nextOrdinal(submission),
                EntrySection.of(submission, null), EntryContent.chosen(columns, null, null, format));
    }
}
