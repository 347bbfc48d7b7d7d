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

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final EventSort sort;
    private final boolean entryConditions;
    private final TextCondition text;

    EventQueryJpql(EventQuery q) {
        this(q, TextCondition.NONE);
    }

    EventQueryJpql(EventQuery q, TextCondition text) {
        this.sort = q.sort();
        this.text = text;
        this.entryConditions = q.sphereCode() != null || q.format() != null || q.from() != null || q.to() != null
                || q.countryCode() != null || text.present();
        add(q.period(), "s.period = :period", "period");
        if (q.periods() != null && q.periods().isEmpty()) {
            conditions.add("1 = 0");
        }
        add(q.periods() == null || q.periods().isEmpty() ? null : q.periods(), "s.period in :periods", "periods");
        add(q.kind(), "s.kind = :kind", "kind");
        add(q.level(), "s.level = :level", "level");
        add(q.organizationCode(), "s.organization.code = :org", "org");
        add(q.sphereCode(), "e.sectionSphere.code = :sphere", "sphere");
        add(q.format(), "e.format = :format", "format");
        add(q.status(), "s.status = :status", "status");
        add(q.from(), "(e.dates.end is null or e.dates.end >= :from)", "from");
        add(q.to(), "(e.dates.start is null or e.dates.start <= :to)", "to");
        if (q.countryCode() != null) {
            add(q.countryCode().toUpperCase(Locale.ROOT), ":country member of e.countryCodes", "country");
        }
        if (text.present() && text.stored()) {
            add(text.query().webSearch(), TextCondition.STORED_MATCH, "text");
        } else if (text.present()) {
            if (text.matching().isEmpty()) {
                conditions.add("1 = 0");
            } else {
                add(text.matching().keySet(), "e.id in :textIds", "textIds");
            }
        }
        if (q.visibleOrganizationCode() != null) {
            conditions.add("(s.organization.code = :visibleOrg or s.status = :approved)");
            parameters.put("visibleOrg", q.visibleOrganizationCode());
            parameters.put("approved", SubmissionStatus.APPROVED);
        }
    }

    private void add(Object value, String condition, String name) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }

    /**
     * Whether the page can be cut per submission: every condition is on the submission and the order is the
     * official one (submissions in order, then entries by row number), so entries are read by index.
     */
    boolean pagesBySubmission() {
        return !entryConditions && (sort.key() == EventSort.Key.OFFICIAL || sort.key() == EventSort.Key.RELEVANCE);
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

    String fromWhere() {
        return "from EventEntry e join e.submission s"
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
    }

    String orderBy() {
        String official = "s.period desc, s.kind, s.level, s.organization.sortOrder, e.ordinal, e.id";
        String direction = sort.descending() ? " desc" : " asc";
        String key = switch (sort.key()) {
            case OFFICIAL -> null;
            case DATE -> "e.dates.start" + direction + " nulls last, e.dates.end" + direction + " nulls last";
            case NAME -> "lower(e.columns.name)" + direction;
            case ORGANIZATION -> "s.organization.sortOrder" + direction;
            case PERIOD -> "s.period" + direction;
            case UPDATED -> "e.updatedAt" + direction;
            // the best first; descending (-relevance) turns it round
            case RELEVANCE -> text.present() && text.stored()
                    ? TextCondition.STORED_RANK + (sort.descending() ? " asc" : " desc")
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
