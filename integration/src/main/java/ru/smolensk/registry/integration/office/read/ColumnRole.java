package ru.smolensk.registry.integration.office.read;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

import ru.smolensk.registry.domain.model.event.EventField;

/**
 * What a column of an official table holds, recognised from the key words of its header text rather than from its
 * position: the row number, one of the official {@link EventField}s, or (in Excel only) a column describing the
 * document or section. The constants are in matching order: «Цель, содержание и результат» must be tried before
 * «Цель».
 */
enum ColumnRole {
    NUMBER, OUTCOME, GOAL, NAME, PLACE, DATES, DESCRIPTION, PARTICIPANTS, SECTION, DOCUMENT_KIND, LEVEL, PERIOD;

    private static final int MAX_NUMBER_HEADER_LENGTH = 16;
    private static final Map<ColumnRole, Pattern> PATTERNS = new EnumMap<>(ColumnRole.class);

    static {
        pattern(NUMBER, "(?:№|n|no|#|номер)\\.?\\s*(?:п\\s*/\\s*п\\.?)?|п\\s*/\\s*п\\.?");
        pattern(OUTCOME, "цель\\s*,\\s*содержание.*|содержание\\s+и\\s+результат.*|.*результат.*");
        pattern(GOAL, "цел[ьи](?!\\p{L}).*");
        pattern(NAME, "(?:наименование|название).*");
        pattern(PLACE, "место(?!\\p{L}).*");
        pattern(DATES, "(?:срок|дат[аы](?!\\p{L})|время\\s+проведения|период\\s+проведения).*");
        pattern(DESCRIPTION, "(?:краткое\\s+)?описание.*");
        pattern(PARTICIPANTS, "(?:участники|состав\\s+участников|количество\\s+участников).*");
        pattern(SECTION, "раздел(?!\\p{L}).*");
        pattern(DOCUMENT_KIND, "(?:вид|тип)\\s+документа|вид");
        pattern(LEVEL, "уровень(?!\\p{L}).*");
        pattern(PERIOD, "(?:отчетный\\s+|плановый\\s+)?период(?:\\s+документа)?");
    }

    private static void pattern(ColumnRole role, String regex) {
        PATTERNS.put(role, Pattern.compile(regex, Pattern.DOTALL));
    }

    /** The official column, or null for the number column and the Excel-only columns. */
    EventField field() {
        return switch (this) {
            case OUTCOME -> EventField.OUTCOME;
            case GOAL -> EventField.GOAL;
            case NAME -> EventField.NAME;
            case PLACE -> EventField.PLACE;
            case DATES -> EventField.DATES;
            case DESCRIPTION -> EventField.DESCRIPTION;
            case PARTICIPANTS -> EventField.PARTICIPANTS;
            default -> null;
        };
    }

    /** The column name for messages, in Russian. */
    String title() {
        return switch (this) {
            case NUMBER -> "№ п/п";
            case OUTCOME -> "Цель, содержание и результат мероприятия";
            case GOAL -> "Цель проведения мероприятия";
            case NAME -> "Наименование мероприятия";
            case PLACE -> "Место проведения мероприятия";
            case DATES -> "Сроки проведения мероприятия";
            case DESCRIPTION -> "Описание мероприятия";
            case PARTICIPANTS -> "Участники мероприятия";
            case SECTION -> "Раздел";
            case DOCUMENT_KIND -> "Вид документа";
            case LEVEL -> "Уровень";
            case PERIOD -> "Период";
        };
    }

    /** Whether this is one of the Excel-only columns describing the document or section. */
    boolean isMeta() {
        return this == SECTION || this == DOCUMENT_KIND || this == LEVEL || this == PERIOD;
    }

    /** The role of an official column. */
    static ColumnRole of(EventField field) {
        for (ColumnRole role : values()) {
            if (role.field() == field) {
                return role;
            }
        }
        throw new IllegalArgumentException("No column role for " + field);
    }

    /** The role announced by a header text, or null when the text is blank or unknown. */
    static ColumnRole recognize(String headerText) {
        String key = OfficeText.key(headerText);
        if (key.isEmpty()) {
            return null;
        }
        for (ColumnRole role : values()) {
            if (role == NUMBER && key.length() > MAX_NUMBER_HEADER_LENGTH) {
                continue;
            }
            if (PATTERNS.get(role).matcher(key).matches()) {
                return role;
            }
        }
        return null;
    }
}
