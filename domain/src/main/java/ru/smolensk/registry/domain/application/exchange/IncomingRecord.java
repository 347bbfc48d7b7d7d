package ru.smolensk.registry.domain.application.exchange;

import ru.smolensk.registry.domain.model.event.OfficialColumns;

/**
 * One event record as a partner sends it: the partner's own record id, document kind ({@code PLAN} or
 * {@code REPORT}), level ({@code MUNICIPAL} or {@code REGIONAL}), period code, organisation and sphere
 * codes and the official columns verbatim. Values are checked when the record is written.
 */
public record IncomingRecord(String recordId, String kind, String level, String period, String organizationCode,
        String sphereCode, OfficialColumns columns) {
}
