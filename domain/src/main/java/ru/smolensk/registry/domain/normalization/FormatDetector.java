package ru.smolensk.registry.domain.normalization;

import java.util.Locale;

import ru.smolensk.registry.domain.model.event.EventFormat;

/**
 * Tells how an event is held from all the text of its row (notes §9.2). In this order:
 * <ol>
 * <li>{@link EventFormat#HYBRID} for an explicit mix («очно-заочный», «дистанционно-очная», «очный /
 * дистанционный», «в очном и дистанционном форматах», «очный / «по видеозаписи»»), or when both a
 * remote word and an in-person word («очный», «оффлайн») occur;</li>
 * <li>{@link EventFormat#REMOTE} for «дистанционн…», «онлайн», «видеоконференц…», «телемост»,
 * «вебинар», «виртуальн…», «по видеозаписи», «в прямом эфире», «заочный», or a website as the
 * venue;</li>
 * <li>{@link EventFormat#IN_PERSON} for an in-person word or a physical place;</li>
 * <li>{@link EventFormat#UNKNOWN} when nothing is known («по согласованию сторон»).</li>
 * </ol>
 * Thread-safe.
 */
public final class FormatDetector {

    private final PlaceParser places = new PlaceParser();

    /**
     * The format of one event.
     *
     * @param place the «Место проведения» cell (may be {@code null})
     * @param otherCells the other cells of the row: name, description, goal or result, participants
     */
    public EventFormat detect(String place, String... otherCells) {
        StringBuilder text = new StringBuilder(lower(place));
        if (otherCells != null) {
            for (String cell : otherCells) {
                text.append('\n').append(lower(cell));
            }
        }
        String all = text.toString();
        if (FormatVocabulary.mentionsHybrid(all)) {
            return EventFormat.HYBRID;
        }
        boolean remote = FormatVocabulary.mentionsRemote(all) || FormatVocabulary.mentionsWebsite(lower(place));
        boolean inPerson = FormatVocabulary.mentionsInPerson(all);
        if (remote) {
            return inPerson ? EventFormat.HYBRID : EventFormat.REMOTE;
        }
        if (inPerson || hasPhysicalPlace(place)) {
            return EventFormat.IN_PERSON;
        }
        return EventFormat.UNKNOWN;
    }

    private boolean hasPhysicalPlace(String place) {
        return places.parse(place).stream().anyMatch(p -> !p.remote()
                && (p.locality() != null || p.region() != null || p.countryCode() != null));
    }

    private static String lower(String text) {
        return TextHygiene.normalize(text).toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
