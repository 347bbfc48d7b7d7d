package ru.smolensk.registry.domain.normalization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import ru.smolensk.registry.domain.model.event.EventRole;

class RoleDetectorTest {

    private final RoleDetector detector = new RoleDetector();

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Участие в IV открытом инструментальном конкурсе им. Н.К. Бобкова                  | PARTICIPANT
            Участие в научно-практической конференции с посещением медицинских предприятий     | PARTICIPANT
            [bookmark: _GoBack]Участие в выставке, посвященной                                 | PARTICIPANT
            УЧАСТИЕ делегации Смоленской области в форуме                                      | PARTICIPANT
            Участие совместно с ГУК «Витебский центр» в фестивале                              | PARTICIPANT
            Международный фестиваль-конкурс «Славянский хоровод»                               | HOST
            Визит делегации Объединенных Арабских Эмиратов                                     | HOST
            Участники клуба «Пушкинский» проводят встречу                                      | HOST
            Российско-китайская зимняя/летняя медицинская школа                                | HOST
            Открытие выставки (в рамках совместного проекта «Витебск – Смоленск: патриотический диалог») | CO_ORGANISER
            Фестиваль, проводимый совместно с ГУК «Оршанская централизованная клубная система»  | CO_ORGANISER
            Форум (соорганизатор – Министерство культуры и туризма Смоленской области)         | CO_ORGANISER
            """)
    void detectsTheRoleFromTheName(String name, EventRole expected) {
        assertEquals(expected, detector.detect(name));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\n\u00A0", "[bookmark: _GoBack]"})
    void anEmptyNameHasAnUnknownRole(String name) {
        assertEquals(EventRole.UNKNOWN, detector.detect(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Участие ⏎в 35-й Международной специализированной выставке «БЕЛАГРО-2025»",
            "\tУчастие в␣⏎IV открытом инструментальном конкурсе"})
    void readsNamesBrokenOverLines(String encoded) {
        assertEquals(EventRole.PARTICIPANT, detector.detect(FixtureResource.decode(encoded)));
    }
}
