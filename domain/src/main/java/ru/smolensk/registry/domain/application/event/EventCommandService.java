package ru.smolensk.registry.domain.application.event;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.entry.EntryContent;
import ru.smolensk.registry.domain.application.entry.EntryEdit;
import ru.smolensk.registry.domain.application.entry.EntrySection;
import ru.smolensk.registry.domain.application.entry.Origin;
import ru.smolensk.registry.domain.application.entry.SubmissionEntries;
import ru.smolensk.registry.domain.model.event.AgreementTerms;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventEntryRepository;
import ru.smolensk.registry.domain.model.shared.InvalidFieldException;
import ru.smolensk.registry.domain.model.sphere.Sphere;
import ru.smolensk.registry.domain.model.sphere.SphereRepository;
import ru.smolensk.registry.domain.application.submission.SubmissionAccess;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionRepository;

/**
 * The entry form's use cases (screen and {@code /api/events}): creates, changes and deletes one event entry through
 * {@link SubmissionEntries}, which decides who may write it now, normalizes and audits it. Here: finding what the
 * caller may see, the version the caller saw, and the form's input.
 */
@ApplicationScoped
public class EventCommandService {

    private CurrentUser user;
    private EventEntryRepository events;
    private SphereRepository spheres;
    private ChosenCountries chosenCountries;
    private SubmissionEntries entries;
    private SubmissionAccess access;

    protected EventCommandService() {
        // for CDI proxies
    }

    @Inject
    public EventCommandService(CurrentUser user, SubmissionRepository submissions, EventEntryRepository events,
            SphereRepository spheres, ChosenCountries chosenCountries, SubmissionEntries entries) {
        this.user = user;
        this.events = events;
        this.spheres = spheres;
        this.chosenCountries = chosenCountries;
        this.entries = entries;
        this.access = new SubmissionAccess(user, submissions, events);
    }

    @Transactional
    public EventEntry create(long submissionId, EventInput input) {
        Submission submission = access.visible(submissionId);
        EntryEdit edit = entries.open(Origin.form(user), submission);
        EventInputRules.check(input, submission.kind(), submission.level());
        return edit.add(entries.nextOrdinal(submission), section(submission, input), content(submission, input));
    }

    @Transactional
    public EventEntry update(long id, long expectedVersion, EventInput input) {
        EventEntry entry = access.visibleEntry(id);
        EntryEdit edit = entries.open(Origin.form(user), entry.submission());
        SubmissionEntries.ensureVersion(entry, expectedVersion);
        Submission submission = entry.submission();
        EventInputRules.check(input, submission.kind(), submission.level());
        return edit.revise(entry, section(submission, input).keeping(entry.sectionTitle()),
                content(submission, input));
    }

    @Transactional
    public void delete(long id, long expectedVersion) {
        EventEntry entry = access.visibleEntry(id);
        EntryEdit edit = entries.open(Origin.form(user), entry.submission());
        SubmissionEntries.ensureVersion(entry, expectedVersion);
        edit.remove(entry);
    }

    /**
     * Moves an entry one row up or down in its plan or report (swapping row numbers with its neighbour); the first
     * entry does not move up, the last not down.
     */
    @Transactional
    public void move(long id, long expectedVersion, boolean up) {
        EventEntry entry = access.visibleEntry(id);
        EntryEdit edit = entries.open(Origin.form(user), entry.submission());
        SubmissionEntries.ensureVersion(entry, expectedVersion);
        java.util.List<EventEntry> all = events.findBySubmission(entry.submission()).stream()
                .sorted(java.util.Comparator.comparingInt(EventEntry::ordinal).thenComparing(EventEntry::id)).toList();
        int at = all.indexOf(entry);
        int to = up ? at - 1 : at + 1;
        if (at >= 0 && to >= 0 && to < all.size()) {
            edit.swap(entry, all.get(to));
        }
    }

    private EntrySection section(Submission submission, EventInput input) {
        if (submission.level() == Level.MUNICIPAL) {
            return EntrySection.of(submission, null);
        }
        if (input.sphereCode() == null || input.sphereCode().isBlank()) {
            throw new InvalidFieldException("sphere", "Укажите сферу сотрудничества (раздел регионального документа)");
        }
        Sphere sphere = spheres.findByCode(input.sphereCode().strip())
                .orElseThrow(() -> new InvalidFieldException("sphere", "Неизвестная сфера сотрудничества «"
                        + input.sphereCode() + "»"));
        return EntrySection.of(submission, sphere);
    }

    private EntryContent content(Submission submission, EventInput input) {
        Set<String> countries = input.countryCodes() == null ? null : chosenCountries.check(input.countryCodes());
        if (input.agreements() != null) {
            EventInputRules.checkAgreements(input.agreements(), submission.kind());
        }
        return EntryContent.chosen(input.columns(), countries,
                input.agreements() == null
                        ? null
                        : input.agreements().stream().map(a -> new AgreementTerms(a.type(),
                                a.title().strip(), blankToNull(a.parties()), a.signedOn(), a.title().strip()))
                                .toList(),
                input.format());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
