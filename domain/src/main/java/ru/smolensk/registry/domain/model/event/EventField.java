package ru.smolensk.registry.domain.model.event;

import java.util.List;

import ru.smolensk.registry.domain.model.submission.DocumentKind;

/**
 * The official columns of the plan and report tables (besides the row number). Plans have name,
 * place, dates, description, goal and participants; reports have name, place, dates, one column
 * «goal, content and result» ({@link #OUTCOME}) and participants.
 */
public enum EventField {
    NAME, PLACE, DATES, DESCRIPTION, GOAL, OUTCOME, PARTICIPANTS;

    private static final List<EventField> PLAN_COLUMNS = List.of(NAME, PLACE, DATES, DESCRIPTION, GOAL,
            PARTICIPANTS);
    private static final List<EventField> REPORT_COLUMNS = List.of(NAME, PLACE, DATES, OUTCOME, PARTICIPANTS);

    /** The columns of a document of the given kind, in their official order. */
    public static List<EventField> columnsOf(DocumentKind kind) {
        return kind == DocumentKind.PLAN ? PLAN_COLUMNS : REPORT_COLUMNS;
    }
}
