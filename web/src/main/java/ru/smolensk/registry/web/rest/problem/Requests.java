package ru.smolensk.registry.web.rest.problem;

import java.util.Locale;

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
}
