package ru.smolensk.registry.domain.application.campaign.reminder;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.application.AccessDeniedException;
import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.campaign.CampaignService;
import ru.smolensk.registry.domain.model.campaign.Campaign;
import ru.smolensk.registry.domain.model.campaign.CampaignRepository;
import ru.smolensk.registry.domain.model.campaign.ReminderType;
import ru.smolensk.registry.domain.model.campaign.SentReminder;
import ru.smolensk.registry.domain.model.campaign.SentReminderRepository;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationRepository;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionRepository;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/**
 * E-mail reminders of deadlines. An expected organisation of an open campaign that has not handed in its document
 * (none, a draft, or returned) is reminded once when its deadline (the campaign's or its extension's) is at most
 * {@code daysBefore} days ahead, and once when it has passed, for {@code overdueWithinDays} days after it; not
 * before the campaign opens. Organisations without an address are skipped. Each reminder is recorded before the
 * mail goes out in the same transaction, so a failed mail is retried later and a sent one never again.
 */
@ApplicationScoped
public class ReminderService {

    @Inject
    CampaignRepository campaigns;

    @Inject
    OrganizationRepository organizations;

    @Inject
    SubmissionRepository submissions;

    @Inject
    SentReminderRepository sent;

    @Inject
    CurrentUser user;

    protected ReminderService() {
    }

    public ReminderService(CampaignRepository campaigns, OrganizationRepository organizations,
            SubmissionRepository submissions, SentReminderRepository sent) {
        this.campaigns = campaigns;
        this.organizations = organizations;
        this.submissions = submissions;
        this.sent = sent;
    }

    /** The reminders due on that day that were not sent yet. */
    @Transactional
    public List<Reminder> due(LocalDate today, int daysBefore, int overdueWithinDays) {
        List<Reminder> due = new ArrayList<>();
        for (Campaign c : campaigns.findAll()) {
            if (today.isBefore(c.opensOn())) {
                continue;
            }
            for (Organization org : organizations.findByKinds(CampaignService.expectedKinds(c.level()))) {
                Optional<String> address = org.email();
                if (address.isEmpty() || !org.isActive()) {
                    continue;
                }
                Submission current = submissions.find(org, c.period(), c.kind()).orElse(null);
                if (current != null && current.status() != SubmissionStatus.DRAFT
                        && current.status() != SubmissionStatus.RETURNED) {
                    continue;
                }
                LocalDate deadline = c.deadlineFor(org);
                ReminderType type = typeOn(today, deadline, daysBefore, overdueWithinDays);
                if (type == null || sent.exists(c, org, type, deadline)) {
                    continue;
                }
                due.add(new Reminder(c.id(), org.code(), type, deadline, address.get(),
                        ReminderLetters.subject(c, type, deadline),
                        ReminderLetters.body(c, org, current, type, deadline)));
            }
        }
        return due;
    }

    static ReminderType typeOn(LocalDate today, LocalDate deadline, int daysBefore, int overdueWithinDays) {
        if (today.isAfter(deadline)) {
            return today.isAfter(deadline.plusDays(overdueWithinDays)) ? null : ReminderType.OVERDUE;
        }
        return today.isBefore(deadline.minusDays(daysBefore)) ? null : ReminderType.DUE_SOON;
    }

    /**
     * Records the reminder and sends it, in a transaction of its own: when the mail fails, the record is rolled
     * back and the reminder is due again at the next run. When another server records the same reminder at the same
     * moment, this one waits for it and does not send (no error, nothing logged).
     *
     * @return false when it was already sent
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean send(Reminder reminder, MailSender mail) {
        Campaign campaign = campaigns.findAll().stream().filter(c -> c.id() == reminder.campaignId()).findFirst()
                .orElse(null);
        Organization org = organizations.findByCode(reminder.organizationCode()).orElse(null);
        if (campaign == null || org == null
                || sent.exists(campaign, org, reminder.type(), reminder.deadline())) {
            return false;
        }
        if (!sent.recordIfAbsent(new SentReminder(campaign, org, reminder.type(), reminder.deadline(),
                reminder.to(), OffsetDateTime.now()))) {
            return false;
        }
        mail.send(reminder.to(), reminder.subject(), reminder.body());
        return true;
    }

    /** The latest reminders sent, for the coordinator. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SentReminder> latest(int limit) {
        if (user == null || !user.seesAllOrganizations()) {
            throw new AccessDeniedException("Журнал напоминаний доступен координатору и администратору");
        }
        return sent.latest(limit);
    }
}
