package ru.smolensk.registry.web.rest.audit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import ru.smolensk.registry.domain.application.audit.AuditQueryService;
import ru.smolensk.registry.web.rest.problem.BadRequestException;

/** Parsing of the audit log's filters with Russian errors (HTTP 400). */
final class AuditParams {

    /** Dates without a time are days of the Smolensk region. */
    static final ZoneId REGION_ZONE = ZoneId.of("Europe/Moscow");

    private AuditParams() {
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The start of a range: a time with offset, or the start of a day. */
    static OffsetDateTime from(String value) {
        return time("from", value, false);
    }

    /** The (exclusive) end of a range: a time with offset, or the end of a day (that day included). */
    static OffsetDateTime to(String value) {
        return time("to", value, true);
    }

    static int limit(String value) {
        if (text(value) == null) {
            return AuditQueryService.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= AuditQueryService.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequestException("limit", "Параметр limit должен быть целым числом от 1 до "
                + AuditQueryService.MAX_LIMIT);
    }

    private static OffsetDateTime time(String field, String value, boolean endOfDay) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(REGION_ZONE).toOffsetDateTime();
            }
            return OffsetDateTime.parse(text);
        } catch (DateTimeException e) {
            throw new BadRequestException(field, "Неверное значение параметра «" + field + "»: «" + text
                    + "»; ожидается дата ГГГГ-ММ-ДД или время со смещением, например 2026-01-15T10:00:00+03:00");
        }
    }
}
