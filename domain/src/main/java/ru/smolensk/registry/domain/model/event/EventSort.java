package ru.smolensk.registry.domain.model.event;

import java.util.Locale;
import java.util.Optional;

/**
 * The order of an event list: a key and a direction. {@link Key#OFFICIAL} is the order of the official
 * documents (newest period first, then kind, level, organisation and row number). {@link Key#RELEVANCE} puts the
 * entries that match a full-text search best first (ties and queries without text in the official order).
 */
public record EventSort(Key key, boolean descending) {

    public static final EventSort OFFICIAL = new EventSort(Key.OFFICIAL, false);
    /** The best matches of the text query first. */
    public static final EventSort RELEVANCE = new EventSort(Key.RELEVANCE, false);

    /** What an event list can be ordered by. */
    public enum Key {
        OFFICIAL, DATE, NAME, ORGANIZATION, PERIOD, UPDATED, RELEVANCE
    }

    /**
     * Reads {@code date}, {@code -date} (descending), {@code name}, {@code organization}, {@code period},
     * {@code updated}, {@code relevance} or {@code official}; empty for anything else.
     */
    public static Optional<EventSort> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(OFFICIAL);
        }
        String value = text.strip();
        boolean descending = value.startsWith("-");
        String name = (descending || value.startsWith("+") ? value.substring(1) : value).toUpperCase(Locale.ROOT);
        for (Key key : Key.values()) {
            if (key.name().equals(name)) {
                return Optional.of(new EventSort(key, descending));
            }
        }
        return Optional.empty();
    }
}
