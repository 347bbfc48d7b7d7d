package ru.smolensk.registry.domain.application.event;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.NotFoundException;
import ru.smolensk.registry.domain.application.entry.EntryContent;
import ru.smolensk.registry.domain.application.entry.EntryEdit;
import ru.smolensk.registry.domain.application.entry.EntrySection;
import ru.smolensk.registry.domain.application.entry.Origin;
import ru.smolensk.registry.domain.application.entry.SubmissionEntries;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventEntryRepository;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.application.submission.SubmissionAccess;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionRepository;
import ru.smolensk.registry.domain.model.submission.WorkflowException;

/**
 * Reusing earlier entries the way staff reuse last year's Word file: a plan's entries copied into another plan of the
 * same organisation (e.g. last year's same half-year), and a report started from the entries of the half-year's plan
 * that fall in its quarter, each linked to the plan entry it reports on. The copies are written through
 * {@link SubmissionEntries} (rights, status, campaign, normalization and one audit record each, naming the source);
 * they are appended after the entries the target has.
 */
@ApplicationScoped
public class EntryReuseService {

    private CurrentUser user;
    private SubmissionRepository submissions;
    private EventEntryRepository events;
    private SubmissionEntries entries;
    private SubmissionAccess access;

    protected EntryReuseService() {
        // for CDI proxies
    }

    @Inject
    public EntryReuseService(CurrentUser user, SubmissionRepository submissions, EventEntryRepository events,
            SubmissionEntries entries) {
        this.user = user;
        this.submissions = submissions;
        this.events = events;
        this.entries = entries;
        this.access = new SubmissionAccess(user, submissions, events);
    }

    /** The other plans of a plan's organisation for earlier periods, newest first (empty for a report). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Submission> earlierPlans(long planId) {
        Submission plan = access.visible(planId);
        if (plan.kind() != DocumentKind.PLAN) {
            return List.of();
        }
        return submissions.findByOrganization(plan.organization()).stream()
                .filter(s -> s.kind() == DocumentKind.PLAN && s.period().compareTo(plan.period()) < 0)
                .sorted(Comparator.comparing(Submission::period).reversed()).toList();
    }

    /** The plan of the half-year a report's quarter belongs to, if the organisation has one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Submission> planOf(long reportId) {
        Submission report = access.visible(reportId);
        if (report.kind() != DocumentKind.REPORT) {
            return Optional.empty();
        }
        return submissions.find(report.organization(), report.period().enclosingHalfYear(), DocumentKind.PLAN);
    }

    /**
     * Copies every entry of an earlier plan of the same organisation into a plan (a draft or returned one).
     *
     * @return how many entries were copied
     */
    @Transactional
    public int copyPlan(long targetId, long sourceId) {
        Submission target = access.visible(targetId);
        Submission source = access.visible(sourceId);
        if (target.kind() != DocumentKind.PLAN || source.kind() != DocumentKind.PLAN
                || !source.organization().equals(target.organization()) || source.id().equals(target.id())) {
            throw new WorkflowException("Мероприятия копируются из другого плана той же организации");
        }
        EntryEdit edit = entries.open(Origin.copy(user, "плана на " + source.period().russianName()), target);
        int ordinal = entries.nextOrdinal(target);
        List<EventEntry> copied = inOrder(source);
        for (EventEntry entry : copied) {
            edit.add(ordinal++, section(target, entry), content(entry, entry.columns()));
        }
        return copied.size();
    }

    /**
     * Starts a report (a draft or returned one) from the entries of its half-year's plan whose dates begin in the
     * report's quarter and that no entry of the report reports on yet: each copy keeps the plan's columns (the result
     * is left for the operator to write) and is linked to its plan entry.
     *
     * @return how many entries were added
     */
    @Transactional
    public int startReportFromPlan(long reportId) {
        Submission report = access.visible(reportId);
        if (report.kind() != DocumentKind.REPORT) {
            throw new WorkflowException("Из плана заполняется отчет");
        }
        Submission plan = submissions.find(report.organization(), report.period().enclosingHalfYear(),
                DocumentKind.PLAN).orElseThrow(
                        () -> new NotFoundException("План организации на "
                                + report.period().enclosingHalfYear().russianName() + " не найден"));
        Set<Long> reported = events.findBySubmission(report).stream().map(EventEntry::planEntry)
                .filter(Objects::nonNull).map(EventEntry::id).collect(Collectors.toSet());
        EntryEdit edit = entries.open(Origin.copy(user, "плана на " + plan.period().russianName()), report);
        int ordinal = entries.nextOrdinal(report);
        int added = 0;
        for (EventEntry planned : inOrder(plan)) {
            if (planned.dates().start() == null || !report.period().contains(planned.dates().start())
                    || reported.contains(planned.id())) {
                continue;
            }
            OfficialColumns c = planned.columns();
            EventEntry copy = edit.add(ordinal++, section(report, planned), content(planned, new OfficialColumns(
                    c.name(), c.place(), c.dates(), c.description(), c.goal(), null, c.participants())));
            edit.link(copy, planned, "Связано с мероприятием № " + planned.ordinal() + " плана");
            added++;
        }
        return added;
    }

    private List<EventEntry> inOrder(Submission submission) {
        return events.findBySubmission(submission).stream()
                .sorted(Comparator.comparingInt(EventEntry::ordinal).thenComparing(EventEntry::id)).toList();
    }

    private static EntryContent content(EventEntry from, OfficialColumns columns) {
        return EntryContent.chosen(columns, from.countryCodes(), null, from.format());
    }

    private static EntrySection section(Submission target, EventEntry from) {
        if (target.level() == Level.MUNICIPAL) {
            return EntrySection.of(target, null);
        }
        return from.sectionSphere() != null
                ? EntrySection.of(target, from.sectionSphere())
                : EntrySection.asWritten(from.sectionTitle(), target, null);
    }
}
