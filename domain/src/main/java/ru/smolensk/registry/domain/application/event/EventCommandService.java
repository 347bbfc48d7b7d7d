package ru.smolensk.registry.domain.application.event;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.application.AccessDeniedException;
import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.EventSnapshots;
import ru.smolensk.registry.domain.application.NotFoundException;
import ru.smolensk.registry.domain.application.campaign.CampaignGuard;
import ru.smolensk.registry.domain.application.importing.NormalizedRow;
import ru.smolensk.registry.domain.application.importing.RowNormalizer;
import ru.smolensk.registry.domain.application.submission.InvalidFieldException;
import ru.smolensk.registry.domain.application.submission.StaleVersionException;
import ru.smolensk.registry.domain.model.audit.AuditAction;
import ru.smolensk.registry.domain.model.audit.AuditLog;
import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.domain.model.event.AgreementTerms;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventEntryRepository;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.sphere.Sphere;
import ru.smolensk.registry.domain.model.sphere.SphereRepository;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionRepository;

/**
 * Creates, changes and deletes event entries. Operators change only their own organisation's
 * entries, and only while the plan or report is a draft or returned for correction; every change is
 * normalized again and audited with the state before and after.
 */
@ApplicationScoped
public class EventCommandService {

    private final RowNormalizer normalizer = new RowNormalizer();

    @Inject
    CurrentUser user;

    @Inject
    SubmissionRepository submissions;

    @Inject
    EventEntryRepository events;

    @Inject
    SphereRepository spheres;

    @Inject
    AuditLog audit;

    @Inject
    CampaignGuard campaigns;

    @Inject
    ChosenCountries chosenCountries;

    @Transactional
    public EventEntry create(long submissionId, EventInput input) {
        Submission submission = submissions.findById(submissionId).filter(this::isVisible)
                .orElseThrow(() -> new NotFoundException("План или отчет № " + submissionId + " не найден"));
        requireManage(submission);
        submission.ensureEditable();
        campaigns.ensureOpen(submission);
        EventInputRules.check(input, submission.kind());
        int ordinal = events.maxOrdinal(submission) + 1;
        OffsetDateTime now = OffsetDateTime.now();
        EventEntry entry = new EventEntry(submission, ordinal, null, input.columns(), now);
        place(entry, submission, input);
        normalize(entry, submission, String.valueOf(ordinal), input);
        entry = events.save(entry);
        audit.append(new AuditRecord(now, user.username(), AuditAction.CREATE, "EventEntry", id(entry),
                "Добавлено мероприятие", null, EventSnapshots.of(entry)));
        return entry;
    }

    @Transactional
    public EventEntry update(long id, long expectedVersion, EventInput input) {
        EventEntry entry = editable(id, expectedVersion);
        Submission submission = entry.submission();
        EventInputRules.check(input, submission.kind());
        String before = EventSnapshots.of(entry);
        OffsetDateTime now = OffsetDateTime.now();
        entry.rewrite(input.columns(), now);
        place(entry, submission, input);
        normalize(entry, submission, String.valueOf(entry.ordinal()), input);
        audit.append(new AuditRecord(now, user.username(), AuditAction.UPDATE, "EventEntry", id(entry),
                "Изменено мероприятие", before, EventSnapshots.of(entry)));
        return entry;
    }

    @Transactional
    public void delete(long id, long expectedVersion) {
        EventEntry entry = editable(id, expectedVersion);
        audit.append(new AuditRecord(OffsetDateTime.now(), user.username(), AuditAction.DELETE, "EventEntry", id(entry),
                "Удалено мероприятие", EventSnapshots.of(entry), null));
        events.delete(entry);
    }

    private EventEntry editable(long id, long expectedVersion) {
        EventEntry entry = events.findById(id).filter(e -> isVisible(e.submission()))
                .orElseThrow(() -> new NotFoundException("Мероприятие № " + id + " не найдено"));
        requireManage(entry.submission());
        entry.submission().ensureEditable();
        campaigns.ensureOpen(entry.submission());
        if (entry.version() != expectedVersion) {
            throw new StaleVersionException("Мероприятие № " + id + " уже изменено другим пользователем (версия "
                    + entry.version() + ", у вас " + expectedVersion + "); обновите данные и повторите");
        }
        return entry;
    }

    private boolean isVisible(Submission s) {
        return user.seesAllOrganizations() || user.mayManage(s.organization());
    }

    private void requireManage(Submission s) {
        if (!user.mayManage(s.organization())) {
            throw new AccessDeniedException("Изменять мероприятия может только оператор своей организации или"
                    + " координатор");
        }
    }

    private void place(EventEntry entry, Submission submission, EventInput input) {
        Organization org = submission.organization();
        if (submission.level() == Level.MUNICIPAL) {
            String title = entry.sectionTitle() != null
                    ? entry.sectionTitle()
                    : org.nameOn(submission.period().start());
            entry.placeInSection(title, org, null);
            return;
        }
        if (input.sphereCode() == null || input.sphereCode().isBlank()) {
            throw new InvalidFieldException("sphere", "Укажите сферу сотрудничества (раздел регионального документа)");
        }
        Sphere sphere = spheres.findByCode(input.sphereCode().strip())
                .orElseThrow(() -> new InvalidFieldException("sphere", "Неизвестная сфера сотрудничества «"
                        + input.sphereCode() + "»"));
        entry.placeInSection(sphere.titleFor(submission.kind()), org, sphere);
    }

    private void normalize(EventEntry entry, Submission submission, String rowLabel, EventInput input) {
        NormalizedRow n = normalizer.normalize(entry.columns(), submission.kind(), submission.period(), rowLabel);
        entry.normalize(n.dates(), n.format(), n.role(), n.participants(), n.places(),
                input.countryCodes() == null ? n.countries() : chosenCountries.check(input.countryCodes()),
                n.statuses());
        if (input.agreements() == null) {
            entry.replaceAgreements(n.agreementTerms(entry.dates().start()));
            return;
        }
        EventInputRules.checkAgreements(input.agreements(), submission.kind());
        entry.replaceAgreements(input.agreements().stream().map(a -> new AgreementTerms(a.type(), a.title().strip(),
                blankToNull(a.parties()), a.signedOn() == null ? entry.dates().start() : a.signedOn(),
                a.title().strip())).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String id(EventEntry e) {
        return String.valueOf(e.id());
    }
}
