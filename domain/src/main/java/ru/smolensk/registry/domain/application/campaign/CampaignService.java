package ru.smolensk.registry.domain.application.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.application.AccessDeniedException;
import ru.smolensk.registry.domain.application.AuditJson;
import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.NotFoundException;
import ru.smolensk.registry.domain.model.audit.AuditAction;
import ru.smolensk.registry.domain.model.audit.AuditLog;
import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.domain.model.campaign.Campaign;
import ru.smolensk.registry.domain.model.campaign.CampaignRepository;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationKind;
import ru.smolensk.registry.domain.model.organization.OrganizationRepository;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionRepository;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/**
 * The coordinator's reporting cycle: campaigns with their windows, extensions for single organisations (with a
 * reason, audited) and the completeness of a campaign. The expected organisations are all municipalities for the
 * municipal level and all regional executive bodies for the regional level.
 */
@ApplicationScoped
@Transactional
public class CampaignService {

    @Inject
    CurrentUser user;

    @Inject
    CampaignRepository campaigns;

    @Inject
    OrganizationRepository organizations;

    @Inject
    SubmissionRepository submissions;

    @Inject
    AuditLog audit;

    /** Opens a campaign or moves the window of an existing one. */
    public Campaign schedule(DocumentKind kind, Level level, ReportingPeriod period, LocalDate opensOn,
            LocalDate closesOn) {
        requireCoordinator();
        Campaign campaign = campaigns.find(kind, level, period).orElse(null);
        String before = campaign == null ? null : snapshot(campaign);
        if (campaign == null) {
            campaign = campaigns.save(new Campaign(kind, level, period, opensOn, closesOn));
        } else {
            campaign.reschedule(opensOn, closesOn);
        }
        audit.append(new AuditRecord(OffsetDateTime.now(), user.username(),
                before == null ? AuditAction.CREATE : AuditAction.UPDATE, "Campaign", key(campaign),
                "Сроки приема: " + opensOn.format(CampaignGuard.RUSSIAN_DATE) + " — "
                        + closesOn.format(CampaignGuard.RUSSIAN_DATE),
                before, snapshot(campaign)));
        return campaign;
    }

    /** Extends the deadline of a campaign for one organisation. */
    public Campaign extend(DocumentKind kind, Level level, ReportingPeriod period, String organizationCode,
            LocalDate until, String reason) {
        requireCoordinator();
        Campaign campaign = campaign(kind, level, period);
        Organization organization = organizations.findByCode(organizationCode == null ? "" : organizationCode.strip())
                .orElseThrow(() -> new NotFoundException("Организация «" + organizationCode + "» не найдена"));
        String before = snapshot(campaign);
        campaign.extend(organization, until, reason, user.username(), OffsetDateTime.now());
        audit.append(new AuditRecord(OffsetDateTime.now(), user.username(), AuditAction.UPDATE, "Campaign",
                key(campaign), "Продлен срок для «" + organization.currentName() + "» до "
                        + until.format(CampaignGuard.RUSSIAN_DATE) + ": " + reason,
                before, snapshot(campaign)));
        return campaign;
    }

    /** How many days before a deadline operators are reminded. */
    static final int REMIND_DAYS_BEFORE = 7;

    /**
     * Reminders for the signed-in user: an operator's documents due within {@value #REMIND_DAYS_BEFORE} days or
     * overdue; for the coordinator, closed campaigns with organisations that have not handed in.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notice> notices() {
        LocalDate today = LocalDate.now();
        List<Notice> notices = new ArrayList<>();
        for (Campaign c : campaigns.findAll()) {
            if (user.seesAllOrganizations()) {
                if (today.isAfter(c.closesOn())) {
                    long missing = completeness(c.kind(), c.level(), c.period()).organizations().stream()
                            .filter(Completeness.Row::missing).count();
                    if (missing > 0) {
                        notices.add(notice("OVERDUE", c, c.closesOn(),
                                "Не сдали " + noun(c) + " за " + c.period().russianName()
                                        + ": " + missing + " организаций (срок "
                                        + c.closesOn().format(CampaignGuard.RUSSIAN_DATE)
                                        + ")"));
                    }
                }
                continue;
            }
            user.organization().filter(org -> org.level() == c.level()).ifPresent(org -> {
                Submission s = submissions.find(org, c.period(), c.kind()).orElse(null);
                boolean handedIn = s != null && s.status() != SubmissionStatus.DRAFT
                        && s.status() != SubmissionStatus.RETURNED;
                LocalDate deadline = c.deadlineFor(org);
                if (handedIn || today.isBefore(c.opensOn())) {
                    return;
                }
                if (today.isAfter(deadline)) {
                    notices.add(notice("OVERDUE", c, deadline, "Просрочена сдача: " + noun(c) + " за "
                            + c.period().russianName() + ", срок истек "
                            + deadline.format(CampaignGuard.RUSSIAN_DATE)));
                } else if (!today.isBefore(deadline.minusDays(REMIND_DAYS_BEFORE))) {
                    notices.add(
                            notice("DUE_SOON", c, deadline, "Срок сдачи: " + noun(c) + " за " + c.period().russianName()
                                    + " — до " + deadline.format(CampaignGuard.RUSSIAN_DATE) + " включительно"));
                }
            });
        }
        return notices;
    }

    private static Notice notice(String type, Campaign c, LocalDate deadline, String text) {
        return new Notice(type, c.kind().name(), c.level().name(), c.period().code(), deadline, text);
    }

    private static String noun(Campaign c) {
        return c.kind() == DocumentKind.PLAN ? "план" : "отчет";
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Campaign> all() {
        return campaigns.findAll();
    }

    /** Who of the expected organisations handed in and when. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Completeness completeness(DocumentKind kind, Level level, ReportingPeriod period) {
        if (!user.seesAllOrganizations()) {
            throw new AccessDeniedException("Сводка приема доступна координатору и администратору");
        }
        Campaign campaign = campaign(kind, level, period);
        Map<Long, Submission> byOrganization = new LinkedHashMap<>();
        submissions.findByPeriod(period, kind, level).forEach(s -> byOrganization.put(s.organization().id(), s));
        LocalDate today = LocalDate.now();
        List<Completeness.Row> rows = new ArrayList<>();
        for (Organization org : organizations.findByKinds(expectedKinds(level))) {
            Submission s = byOrganization.get(org.id());
            String status = s == null ? "NONE" : s.status().name();
            OffsetDateTime submittedAt = s == null ? null : s.submittedAt();
            LocalDate deadline = campaign.deadlineFor(org);
            boolean handedIn = s != null && s.status() != SubmissionStatus.DRAFT && submittedAt != null;
            boolean onTime = handedIn && !submittedAt.toLocalDate().isAfter(deadline);
            boolean late = handedIn ? !onTime : today.isAfter(deadline);
            boolean missing = s == null || s.status() == SubmissionStatus.DRAFT
                    || s.status() == SubmissionStatus.RETURNED;
            rows.add(new Completeness.Row(org.code(), org.nameOn(period.start()), status, submittedAt, deadline, onTime,
                    late, missing));
        }
        return new Completeness(kind.name(), level.name(), period.code(), campaign.opensOn(), campaign.closesOn(),
                counts(rows), rows);
    }

    private static Completeness.Counts counts(List<Completeness.Row> rows) {
        return new Completeness.Counts(rows.size(), count(rows, "NONE"), count(rows, "DRAFT"), count(rows, "SUBMITTED"),
                count(rows, "RETURNED"), count(rows, "APPROVED"),
                (int) rows.stream().filter(Completeness.Row::onTime).count(),
                (int) rows.stream().filter(Completeness.Row::late).count());
    }

    private static int count(List<Completeness.Row> rows, String status) {
        return (int) rows.stream().filter(r -> r.status().equals(status)).count();
    }

    /** The kinds of organisations expected to hand in documents of a level. */
    public static List<OrganizationKind> expectedKinds(Level level) {
        return level == Level.MUNICIPAL
                ? Arrays.stream(OrganizationKind.values()).filter(k -> k.level() == Level.MUNICIPAL).toList()
                : List.of(OrganizationKind.EXECUTIVE_BODY);
    }

    private Campaign campaign(DocumentKind kind, Level level, ReportingPeriod period) {
        return campaigns.find(kind, level, period).orElseThrow(() -> new NotFoundException("Сбор "
                + (kind == DocumentKind.PLAN ? "планов" : "отчетов") + (level == Level.MUNICIPAL
                        ? " муниципального"
                        : " регионального")
                + " уровня за " + period.russianName()
                + " не объявлен"));
    }

    private void requireCoordinator() {
        if (!user.seesAllOrganizations()) {
            throw new AccessDeniedException("Сроки приема устанавливает координатор");
        }
    }

    private static String key(Campaign c) {
        return c.kind() + "/" + c.level() + "/" + c.period().code();
    }

    private static String snapshot(Campaign c) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("opensOn", c.opensOn().toString());
        values.put("closesOn", c.closesOn().toString());
        values.put("extensions", String.join("; ", c.extensions().stream()
                .map(e -> e.organization().code() + " до " + e.until() + " (" + e.reason() + ")").toList()));
        return AuditJson.object(values);
    }
}
