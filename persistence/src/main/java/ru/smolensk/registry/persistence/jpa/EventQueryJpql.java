package ru.smolensk.registry.persistence.jpa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.TypedQuery;

import ru.smolensk.registry.domain.model.event.EventQuery;
import ru.smolensk.registry.domain.model.event.EventSort;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/** Translates an {@link EventQuery} into JPQL with bound parameters (never concatenated values). */
final class EventQueryJpql {

    /** The official order, the index {@code event_entry_official_order_idx} column for column. */
    private static final String OFFICIAL = "e.officialOrder.period desc, e.officialOrder.kind, e.officialOrder.level,"
            + " e.officialOrder.organizationSortOrder, e.submissionId, e.ordinal, e.id";

    /** Conditions on the submission's own columns, for {@link #submissionsInOrder()}. */
    private final List<String> conditions = new ArrayList<>();
    /** The same conditions for entries: the submission's keys as copied onto the entry where they are. */
    private final List<String> entryConditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    /** Whether a condition of the entries needs the submission joined (organisation, status, visibility). */
    private boolean joinsSubmission;
    private final EventSort sort;
    private final boolean onEntries;
    private final TextCondition text;

    EventQueryJpql(EventQuery q) {
        this(q, TextCondition.NONE);
    }

    EventQueryJpql(EventQuery q, TextCondition text) {
        this.sort = q.sort();
        this.text = text;
        this.onEntries = q.sphereCode() != null || q.format() != null || q.from() != null || q.to() != null
                || q.countryCode() != null || text.present();
        copied(q.period(), "s.period = :period", "e.officialOrder.period = :period", "period");
        if (q.periods() != null && q.periods().isEmpty()) {
            add(true, "1 = 0", null);
        }
        copied(q.periods() == null || q.periods().isEmpty() ? null : q.periods(), "s.period in :periods",
                "e.officialOrder.period in :periods", "periods");
        copied(q.kind(), "s.kind = :kind", "e.officialOrder.kind = :kind", "kind");
        copied(q.level(), "s.level = :level", "e.officialOrder.level = :level", "level");
        onSubmission(q.organizationCode(), "s.organization.code = :org", "org");
        add(q.sphereCode(), "e.sectionSphere.code = :sphere", "sphere");
        add(q.format(), "e.format = :format", "format");
        onSubmission(q.status(), "s.status = :status", "status");
        add(q.from(), "(e.dates.end is null or e.dates.end >= :from)", "from");
        add(q.to(), "(e.dates.start is null or e.dates.start <= :to)", "to");
        if (q.countryCode() != null) {
            add(q.countryCode().toUpperCase(Locale.ROOT), ":country member of e.countryCodes", "country");
        }
        if (text.present() && text.stored()) {
            String match = text.storedMatch(parameters);
            conditions.add(match);
            entryConditions.add(match);
        } else if (text.present()) {
            if (text.matching().isEmpty()) {
                add(true, "1 = 0", null);
            } else {
                add(text.matching().keySet(), "e.id in :textIds", "textIds");
            }
        }
        if (q.visibleOrganizationCode() != null) {
            onSubmission(true, "(s.organization.code = :visibleOrg or s.status = :approved)", null);
            parameters.put("visibleOrg", q.visibleOrganizationCode());
            parameters.put("approved", SubmissionStatus.APPROVED);
        }
    }

    /** A condition on the submission or the entry alike (entry conditions never reach the submissions query). */
    private void add(Object value, String condition, String name) {
        if (value != null) {
            conditions.add(condition);
            entryConditions.add(condition);
            if (name != null) {
                parameters.put(name, value);
            }
        }
    }

    /** A condition on a submission key the entry carries a copy of ({@link ru.smolensk.registry.domain.model.event.OfficialOrder}). */
    private void copied(Object value, String onSubmission, String onEntry, String name) {
        if (value != null) {
            conditions.add(onSubmission);
            entryConditions.add(onEntry);
            parameters.put(name, value);
        }
    }

    /** A condition that needs the submission joined to the entries. */
    private void onSubmission(Object value, String condition, String name) {
        if (value != null) {
            joinsSubmission = true;
            add(value, condition, name);
        }
    }

    /**
     * Whether the page can be cut per submission: every condition is on the submission and the order is the
     * official one (submissions in order, then entries by row number), so entries are read by index.
     */
    boolean pagesBySubmission() {
        return !onEntries && (sort.key() == EventSort.Key.OFFICIAL || sort.key() == EventSort.Key.RELEVANCE);
    }

    /** Whether the page is ordered by the ranks found in Java (relevance without a stored vector). */
    boolean rankedInJava() {
        return sort.key() == EventSort.Key.RELEVANCE && text.present() && !text.stored();
    }

    /**
     * Matching submissions in the official order (ids), when {@link #pagesBySubmission()}: every condition is on
     * the submission, so no entry is read.
     */
    String submissionsInOrder() {
        return "select s.id from Submission s"
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + " order by s.period desc, s.kind, s.level, s.organization.sortOrder, s.id";
    }

    /** The number of entries of each of the submissions {@code :ids} (counted on the submission index). */
    static String entriesOfSubmissions() {
        return "select e.submission.id, count(e.id) from EventEntry e where e.submission.id in :ids"
                + " group by e.submission.id";
    }

    /**
     * The matching entries, joined to their submission only where a condition needs it (the order and the period,
     * kind and level are on the entry).
     */
    String fromWhere() {
        return "from EventEntry e" + (joinsSubmission ? " join e.submission s" : "")
                + (entryConditions.isEmpty() ? "" : " where " + String.join(" and ", entryConditions));
    }

    String orderBy() {
        String official = OFFICIAL;
        String direction = sort.descending() ? " desc" : " asc";
        String key = switch (sort.key()) {
            case OFFICIAL -> null;
            case DATE -> "e.dates.start" + direction + " nulls last, e.dates.end" + direction + " nulls last";
            case NAME -> "lower(e.columns.name)" + direction;
            case ORGANIZATION -> "e.officialOrder.organizationSortOrder" + direction;
            case PERIOD -> "e.officialOrder.period" + direction;
            case UPDATED -> "e.updatedAt" + direction;
            // the best first; descending (-relevance) turns it round
            case RELEVANCE -> text.present() && text.stored()
                    ? text.storedRank() + (sort.descending() ? " asc" : " desc")
                    : null;
        };
        return " order by " + (key == null ? official : key + ", " + official);
    }

    /** The rank the Java index gave each matching entry (when {@link #rankedInJava()}). */
    java.util.Map<Long, Double> ranks() {
        return text.matching();
    }

    boolean descending() {
        return sort.descending();
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
