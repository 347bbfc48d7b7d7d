package ru.smolensk.registry.domain.application.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.application.AccessDeniedException;
import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.NotFoundException;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventEntryRepository;
import ru.smolensk.registry.domain.model.organization.MunicipalReform;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationRepository;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.sphere.Sphere;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionRepository;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/**
 * Assembles the official documents: the consolidated plan or report of a level and period (approved
 * submissions; the coordinator may include the others for a preview, marked as a draft), and an
 * organisation's own plan or report.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DocumentService {

    @Inject
    CurrentUser user;

    @Inject
    SubmissionRepository submissions;

    @Inject
    EventEntryRepository events;

    @Inject
    OrganizationRepository organizations;

    /** The consolidated document of a kind, level and period. */
    public ConsolidatedDocument consolidated(DocumentKind kind, Level level, ReportingPeriod period,
            boolean includeDrafts) {
        if (period.type() != kind.periodType()) {
            throw new NotFoundException(kind == DocumentKind.PLAN
                    ? "План составляется на полугодие (например, 2026-H1), а не на " + period.russianName()
                    : "Отчет составляется за квартал (например, 2025-Q4), а не за " + period.russianName());
        }
        if (includeDrafts && !user.seesAllOrganizations()) {
            throw new AccessDeniedException("Проект сводного документа с неутвержденными записями доступен только"
                    + " координатору");
        }
        Set<SubmissionStatus> statuses = includeDrafts
                ? EnumSet.allOf(SubmissionStatus.class)
                : EnumSet.of(SubmissionStatus.APPROVED);
        List<Submission> included = submissions.findByPeriod(period, kind, level).stream()
                .filter(s -> statuses.contains(s.status())).toList();
        boolean draft = included.stream().anyMatch(s -> s.status() != SubmissionStatus.APPROVED);
        return new ConsolidatedDocument(kind, level, period, sections(level, kind, period, included), note(included),
                draft,
                null);
    }

    /** One organisation's own plan or report, in any status (a draft unless approved). */
    public ConsolidatedDocument ofOrganization(String organizationCode, DocumentKind kind, ReportingPeriod period) {
        Organization org = organizations.findByCode(organizationCode)
                .filter(user::mayManage)
                .orElseThrow(() -> new NotFoundException("Организация «" + organizationCode + "» не найдена"));
        Submission submission = submissions.find(org, period, kind)
                .orElseThrow(() -> new NotFoundException((kind == DocumentKind.PLAN
                        ? "План организации на "
                        : "Отчет организации за ") + period.russianName() + " не найден"));
        return new ConsolidatedDocument(kind, org.level(), period,
                sections(org.level(), kind, period, List.of(submission)), submission.note(),
                submission.status() != SubmissionStatus.APPROVED, org.nameOn(period.start()));
    }

    /**
     * The sections in the order of the official list valid in the period (municipalities: {@link MunicipalReform};
     * spheres: their order), each with its entries in the order of their organisation and row number.
     */
    private List<ConsolidatedDocument.Section> sections(Level level, DocumentKind kind, ReportingPeriod period,
            List<Submission> included) {
        List<EventEntry> entries = new ArrayList<>();
        for (Submission s : included) {
            entries.addAll(events.findBySubmission(s));
        }
        Map<Object, List<EventEntry>> grouped = new LinkedHashMap<>();
        Map<Object, String> titles = new LinkedHashMap<>();
        Comparator<EventEntry> order = level == Level.MUNICIPAL
                ? Comparator.comparing((EventEntry e) -> e.submission().organization(),
                        MunicipalReform.officialOrder(period))
                : Comparator.comparing((EventEntry e) -> e.sectionSphere() == null
                        ? Integer.MAX_VALUE
                        : e.sectionSphere().sortOrder());
        entries.sort(order.thenComparing(e -> e.submission().organization().sortOrder())
                .thenComparing(EventEntry::ordinal));
        for (EventEntry e : entries) {
            Object key = level == Level.MUNICIPAL
                    ? e.submission().organization().code()
                    : e.sectionSphere() == null ? e.sectionTitle() : e.sectionSphere().code();
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            titles.putIfAbsent(key, title(level, kind, e));
        }
        return grouped.entrySet().stream()
                .map(g -> new ConsolidatedDocument.Section(titles.get(g.getKey()), g.getValue())).toList();
    }

    private static String title(Level level, DocumentKind kind, EventEntry e) {
        if (e.sectionTitle() != null && !e.sectionTitle().isBlank()) {
            return e.sectionTitle();
        }
        if (level == Level.REGIONAL) {
            Sphere sphere = e.sectionSphere();
            return sphere == null ? "" : sphere.titleFor(kind);
        }
        Submission s = e.submission();
        return s.organization().nameOn(s.period().start());
    }

    private static String note(List<Submission> included) {
        Set<String> notes = new LinkedHashSet<>();
        included.stream().map(Submission::note).filter(Objects::nonNull).filter(n -> !n.isBlank()).forEach(notes::add);
        return notes.isEmpty() ? null : String.join("\n", notes);
    }
}
