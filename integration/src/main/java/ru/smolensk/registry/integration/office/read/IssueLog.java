package ru.smolensk.registry.integration.office.read;

import java.util.ArrayList;
import java.util.List;

import ru.smolensk.registry.domain.model.event.EventField;

/** Collects the issues of one read in document order. */
final class IssueLog {

    private final List<ReadIssue> issues = new ArrayList<>();

    void add(IssueCode code, String row, EventField field, String message) {
        issues.add(ReadIssue.of(code, row, field, message));
    }

    void add(IssueCode code, String message) {
        add(code, null, null, message);
    }

    List<ReadIssue> issues() {
        return issues;
    }
}
