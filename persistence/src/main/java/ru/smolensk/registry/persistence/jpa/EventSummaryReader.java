package ru.smolensk.registry.persistence.jpa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import ru.smolensk.registry.domain.model.event.DateClass;
import ru.smolensk.registry.domain.model.event.DatePrecision;
import ru.smolensk.registry.domain.model.event.DateRange;
import ru.smolensk.registry.domain.model.event.EventFormat;
import ru.smolensk.registry.domain.model.event.EventRole;
import ru.smolensk.registry.domain.model.event.EventSummary;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.organization.NameKind;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationKind;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/**
 * Reads the summaries of entries by id with two projections (the entries with their submission, section sphere,
 * plan link and countries, one row per country; the organisations' dated names), so that a list page builds no
 * entity and loads nothing lazily; those of whole submissions (the changes feed) with one, the official names joined.
 */
final class EventSummaryReader {

    private static final String COLUMNS = "select e.id, s.id, s.period, s.kind, s.level, s.status, o.id,"
            + " sp.code, sp.name, e.sectionTitle, e.ordinal, e.columns.name, e.columns.place, e.columns.dates,"
            + " e.columns.description, e.columns.goal, e.columns.outcome, e.columns.participants, e.dates.start,"
            + " e.dates.end, e.dates.precision, e.dates.dateClass, e.dates.qualifier, e.format, e.role,"
            + " e.participantCount.value, pe.id, e.version, e.sourceSystem, e.sourceRecordId, c";

    private static final String JOINS = " from EventEntry e join e.submission s join s.organization o"
            + " left join e.sectionSphere sp left join e.planEntry pe left join e.countryCodes c";

    private static final String ENTRIES = COLUMNS + JOINS + " where e.id in :ids";

    /**
     * The entries of whole submissions with their organisations' official names (one row per country and name), so
     * that a page of the changes feed is one statement.
     */
    private static final String SUBMISSIONS_ENTRIES = COLUMNS + ", o.code, o.kind, n.id, n.name, n.validFrom,"
            + " n.validTo" + JOINS + " left join o.names n on n.kind = :official where s.id in :ids";

    /** The column of the country code in a row of {@link #ENTRIES}. */
    private static final int COUNTRY = 30;
    /** The first column of the organisation's code, kind and name in a row of {@link #SUBMISSIONS_ENTRIES}. */
    private static final int ORGANIZATION = 31;

    private EventSummaryReader() {
    }

    /** The summaries of the entries with these ids, in the order of the ids; unknown ids are left out. */
    static List<EventSummary> read(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> rows = new HashMap<>();
        Map<Long, List<String>> countries = new HashMap<>();
        Set<Long> organizationIds = new HashSet<>();
        for (List<Long> chunk : ParameterChunks.of(ids)) {
            for (Object[] row : em.createQuery(ENTRIES, Object[].class).setParameter("ids", chunk)
                    .getResultList()) {
                Long id = (Long) row[0];
                rows.putIfAbsent(id, row);
                organizationIds.add((Long) row[6]);
                if (row[COUNTRY] != null) {
                    countries.computeIfAbsent(id, any -> new ArrayList<>()).add((String) row[COUNTRY]);
                }
            }
        }
        Map<Long, Organization> organizations = organizations(em, organizationIds);
        List<EventSummary> summaries = new ArrayList<>(rows.size());
        for (Long id : ids) {
            Object[] row = rows.get(id);
            if (row != null) {
                summaries.add(summary(row, organizations.get((Long) row[6]), countries.getOrDefault(id, List.of())));
            }
        }
        return summaries;
    }

    /**
     * The summaries of the entries of these submissions, submission after submission in the order given, each in
     * document order: one statement a chunk of submissions, organisations named from the same rows.
     */
    static List<EventSummary> readSubmissions(EntityManager em, List<Long> submissionIds) {
        Map<Long, Object[]> rows = new HashMap<>();
        Map<Long, Set<String>> countries = new HashMap<>();
        Map<Long, Organization> organizations = new HashMap<>();
        Set<Long> names = new HashSet<>();
        for (List<Long> chunk : ParameterChunks.of(submissionIds)) {
            for (Object[] row : em.createQuery(SUBMISSIONS_ENTRIES, Object[].class).setParameter("ids", chunk)
                    .setParameter("official", NameKind.OFFICIAL).getResultList()) {
                Long id = (Long) row[0];
                rows.putIfAbsent(id, row);
                Set<String> codes = countries.computeIfAbsent(id, any -> new LinkedHashSet<>());
                if (row[COUNTRY] != null) {
                    codes.add((String) row[COUNTRY]);
                }
                Organization organization = organizations.computeIfAbsent((Long) row[6],
                        any -> new Organization((String) row[ORGANIZATION], (OrganizationKind) row[ORGANIZATION + 1],
                                0));
                if (row[ORGANIZATION + 2] != null && names.add((Long) row[ORGANIZATION + 2])) {
                    organization.addName((String) row[ORGANIZATION + 3], NameKind.OFFICIAL,
                            (LocalDate) row[ORGANIZATION + 4], (LocalDate) row[ORGANIZATION + 5]);
                }
            }
        }
        Map<Long, Integer> position = new HashMap<>();
        submissionIds.forEach(id -> position.putIfAbsent(id, position.size()));
        return rows.values().stream()
                .sorted(Comparator.<Object[]>comparingInt(r -> position.get((Long) r[1]))
                        .thenComparingInt(r -> (Integer) r[10]).thenComparingLong(r -> (Long) r[0]))
                .map(r -> summary(r, organizations.get((Long) r[6]), List.copyOf(countries.get((Long) r[0]))))
                .toList();
    }

    private static EventSummary summary(Object[] r, Organization organization, List<String> countryCodes) {
        ReportingPeriod period = (ReportingPeriod) r[2];
        OfficialColumns columns = new OfficialColumns((String) r[11], (String) r[12], (String) r[13],
                (String) r[14], (String) r[15], (String) r[16], (String) r[17]);
        DateRange dates = r[18] == null && r[19] == null && r[20] == null && r[21] == null && r[22] == null
                ? null
                : new DateRange((LocalDate) r[18], (LocalDate) r[19], (DatePrecision) r[20], (DateClass) r[21],
                        (String) r[22]);
        return new EventSummary((Long) r[0], (Long) r[1], period, (DocumentKind) r[3], (Level) r[4],
                (SubmissionStatus) r[5], organization.code(), organization.nameOn(period.start()), (String) r[7],
                (String) r[8], (String) r[9], (Integer) r[10], columns, dates, (EventFormat) r[23],
                (EventRole) r[24], countryCodes, (Integer) r[25], (Long) r[26], ((Number) r[27]).longValue(),
                (String) r[28], (String) r[29]);
    }

    private static Map<Long, Organization> organizations(EntityManager em, Set<Long> ids) {
        Map<Long, Organization> organizations = new HashMap<>();
        em.createQuery("select distinct o from Organization o left join fetch o.names where o.id in :ids",
                Organization.class).setParameter("ids", ids).setHint(EntryFetching.READ_ONLY, "true")
                .getResultList().forEach(o -> organizations.put(o.id(), o));
        return organizations;
    }
}
