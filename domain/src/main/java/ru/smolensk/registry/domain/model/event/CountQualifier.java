package ru.smolensk.registry.domain.model.event;

/** How a participant count is stated: exactly, «более N», «порядка/около N», or as a range «100-150». */
public enum CountQualifier {
    EXACT, MORE_THAN, ABOUT, RANGE
}
