package ru.smolensk.registry.web.rest.problem;

import java.util.Locale;

import ru.smolensk.registry.domain.model.period.ReportingPeriod;

import ru.smolensk.registry.domain.model.submission.Level;

/** Parsing of request parameters with Russian errors for malformed values. */
public final class Requests {

    private Requests() {
    }

    /** The level named by a query parameter (case-insensitive), or null when absent. */
    public static Level level(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Level.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("level", "Неизвестный уровень «" + value
                    + "»: допустимы MUNICIPAL (муниципальный) и REGIONAL (региональный)");
        }
    }

    /** A required reporting period parameter ({@code 2026-H1}, {@code 2025-Q4}). */
    public static ReportingPeriod period(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException(field, "Укажите период «" + field + "», например 2026-H1 или 2025-Q4");
        }
        try {
            return ReportingPeriod.parse(value.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new BadRequestException(field, "Неверный период «" + value + "»: ожидается 2026-H1 или 2025-Q4");
        }
    }

    /** A text parameter stripped, or null when absent or blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The constant of {@code type} named by a parameter (case-insensitive), or null when absent. */
    public static <E extends Enum<E>> E enumOf(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(field, "Неизвестное значение «" + value + "» параметра «" + field
                    + "»: допустимы " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                            .map(Enum::name).toList()));
        }
    }
}
