package ru.smolensk.registry.domain.normalization;

import ru.smolensk.registry.domain.model.event.CountQualifier;
import ru.smolensk.registry.domain.model.event.CountScope;

/**
 * A participant count read from the participants column.
 *
 * @param value the number («более 1200» → 1200, «100-150» → 100)
 * @param max the upper bound of a range («100-150» → 150), otherwise {@code null}
 * @param qualifier exactly, «более», «порядка», or a range
 * @param scope what the number covers: the whole event, one delegation, one organisation
 * @param matchedText the words the number was read from, whitespace-normalized («Общее количество
 *        участников – 39 человек»)
 */
public record ParticipantCount(Integer value, Integer max, CountQualifier qualifier, CountScope scope,
        String matchedText) {
}
