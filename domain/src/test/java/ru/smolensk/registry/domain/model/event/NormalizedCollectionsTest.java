package ru.smolensk.registry.domain.model.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NormalizedCollectionsTest {

    private static final EventPlace MINSK = new EventPlace("г. Минск", "Минск", null, "BY");
    private static final EventPlace VITEBSK = new EventPlace("г. Витебск", "Витебск", "Витебская область", "BY");

    @Test
    void equalCollectionsGiveTheSameDigestWhateverTheMapOrder() {
        Map<EventField, FieldStatus> inFieldOrder = new EnumMap<>(EventField.class);
        inFieldOrder.put(EventField.DATES, new FieldStatus(ParseStatus.OK, null));
        inFieldOrder.put(EventField.PLACE, new FieldStatus(ParseStatus.PARTIAL, "два места"));
        Map<EventField, FieldStatus> reversed = new LinkedHashMap<>();
        reversed.put(EventField.PLACE, new FieldStatus(ParseStatus.PARTIAL, "два места"));
        reversed.put(EventField.DATES, new FieldStatus(ParseStatus.OK, null));
        assertEquals(NormalizedCollections.digest(List.of(MINSK, VITEBSK), Set.of("BY"), inFieldOrder),
                NormalizedCollections.digest(List.of(new EventPlace("г. Минск", "Минск", null, "BY"), VITEBSK),
                        new HashSet<>(Set.of("BY")), reversed));
    }

    @Test
    void anyDifferenceGivesAnotherDigest() {
        Map<EventField, FieldStatus> none = Map.of();
        String digest = NormalizedCollections.digest(List.of(MINSK, VITEBSK), List.of("BY"), none);
        List<String> others = List.of(
                NormalizedCollections.digest(List.of(VITEBSK, MINSK), List.of("BY"), none),
                NormalizedCollections.digest(List.of(MINSK), List.of("BY"), none),
                NormalizedCollections.digest(List.of(MINSK, VITEBSK), List.of("BY", "RU"), none),
                NormalizedCollections.digest(List.of(MINSK, VITEBSK), List.of(), none),
                NormalizedCollections.digest(List.of(new EventPlace("г. Минск", "Минск", "", "BY"), VITEBSK),
                        List.of("BY"), none),
                NormalizedCollections.digest(List.of(MINSK, VITEBSK), List.of("BY"),
                        Map.of(EventField.DATES, new FieldStatus(ParseStatus.OK, null))));
        others.forEach(other -> assertNotEquals(digest, other));
        assertEquals(others.size(), Set.copyOf(others).size());
    }

    /** Values are written with their lengths: moving a separator from one value to the next changes the digest. */
    @Test
    void theEncodingIsUnambiguous() {
        assertNotEquals(
                NormalizedCollections.digest(List.of(new EventPlace("a|1:b", "c", null, null)), List.of(), Map.of()),
                NormalizedCollections.digest(List.of(new EventPlace("a", "b|1:c", null, null)), List.of(), Map.of()));
        assertNotEquals(NormalizedCollections.digest(List.of(), List.of("BY", "RU"), Map.of()),
                NormalizedCollections.digest(List.of(), List.of("BY|2:RU"), Map.of()));
    }
}
