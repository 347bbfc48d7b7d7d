package ru.smolensk.registry.domain.normalization;

import java.util.Locale;
import java.util.regex.Pattern;

import ru.smolensk.registry.domain.model.event.EventRole;

/**
 * The part the reporting body plays, from the event name: «Участие в …» → {@link EventRole#PARTICIPANT};
 * «совместно с …», «соорганизатор», «в рамках совместного проекта» → {@link EventRole#CO_ORGANISER};
 * any other name → {@link EventRole#HOST}; an empty name → {@link EventRole#UNKNOWN}. Thread-safe.
 */
public final class RoleDetector {

    private static final Pattern PARTICIPATION = Pattern.compile("^участие(?!\\p{L})");
    private static final Pattern CO_ORGANISATION = Pattern.compile("совместно с|соорганизатор|соорганизаци"
            + "|совместн\\p{L}* проект|совместн\\p{L}* организаци");

    /** The role implied by the name of an event. */
    public EventRole detect(String name) {
        String s = TextHygiene.normalize(name).toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (s.isEmpty()) {
            return EventRole.UNKNOWN;
        }
        if (PARTICIPATION.matcher(s).find()) {
            return EventRole.PARTICIPANT;
        }
        if (CO_ORGANISATION.matcher(s).find()) {
            return EventRole.CO_ORGANISER;
        }
        return EventRole.HOST;
    }
}
