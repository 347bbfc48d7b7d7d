package ru.smolensk.registry.integration.office;

import java.util.List;
import java.util.Map;

import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.domain.model.submission.DocumentKind;

/**
 * The header texts of the official tables as the customer's documents print them (line breaks
 * included), used by the writer verbatim and by the reader as the reference for recognition.
 */
public final class OfficialHeaders {

    public static final String NUMBER = "№ п/п";

    private static final Map<EventField, String> PLAN = Map.of(
            EventField.NAME, "Наименование мероприятия",
            EventField.PLACE, "Место проведения\nмероприятия",
            EventField.DATES, "Сроки проведения мероприятия",
            EventField.DESCRIPTION, "Описание мероприятия",
            EventField.GOAL, "Цель проведения мероприятия",
            EventField.PARTICIPANTS, "Участники мероприятия\n(страна, другие дополнительные сведения)");

    private static final Map<EventField, String> REPORT = Map.of(
            EventField.NAME, "Наименование мероприятия",
            EventField.PLACE, "Место проведения\nмероприятия",
            EventField.DATES, "Сроки\nпроведения\nмероприятия",
            EventField.OUTCOME, "Цель, содержание и результат мероприятия\n(в том числе краткая информация о "
                    + "достигнутых договоренностях, подписанных документах)",
            EventField.PARTICIPANTS, "Участники мероприятия\n(общее количество, другие дополнительные сведения)");

    private OfficialHeaders() {
    }

    /** The header text of a column in a document of the given kind. */
    public static String of(DocumentKind kind, EventField field) {
        String text = (kind == DocumentKind.PLAN ? PLAN : REPORT).get(field);
        if (text == null) {
            throw new IllegalArgumentException(kind + " documents have no column " + field);
        }
        return text;
    }

    /** All header texts of a document of the given kind, number column first. */
    public static List<String> row(DocumentKind kind) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(NUMBER),
                EventField.columnsOf(kind).stream().map(f -> of(kind, f))).toList();
    }
}
