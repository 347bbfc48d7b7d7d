package ru.smolensk.registry.persistence.jpa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.TypedQuery;

import ru.smolensk.registry.domain.model.submission.SubmissionQuery;

/** Translates a {@link SubmissionQuery} into JPQL with bound parameters (never concatenated values). */
final class SubmissionQueryJpql {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    SubmissionQueryJpql(SubmissionQuery q) {
        add(q.period(), "s.period = :period", "period");
        add(q.kind(), "s.kind = :kind", "kind");
        add(q.level(), "s.level = :level", "level");
        add(q.organizationCode(), "s.organization.code = :org", "org");
        add(q.status(), "s.status = :status", "status");
    }

    private void add(Object value, String condition, String name) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }

    String jpql() {
        return "select s from Submission s" + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + " order by s.period desc, s.kind, s.level, s.organization.sortOrder, s.organization.code, s.id";
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
