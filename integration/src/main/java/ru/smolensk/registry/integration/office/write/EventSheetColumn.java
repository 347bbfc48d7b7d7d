package ru.smolensk.registry.integration.office.write;

import java.util.List;
import java.util.function.Function;

import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;

/**
 * A column of the «Мероприятия» sheet.
 *
 * @param header the Russian header
 * @param widthInCharacters the fixed width
 * @param value the cell value of an event: a String, LocalDate, Integer or null
 */
record EventSheetColumn(String header, int widthInCharacters, Function<EventExportRow, Object> value) {

    /**
     * The header of the column with the text of an imported table's columns that are not official ones, each as
     * «Header»: text; the reader takes it back apart.
     */
    static final String EXTRA_COLUMNS = "Дополнительные столбцы";

    /** All columns in sheet order. */
    static final List<EventSheetColumn> ALL = List.of(
            new EventSheetColumn("Период", 10, EventExportRow::periodCode),
            new EventSheetColumn("Вид документа", 11, EventSheetColumn::kindLabel),
            new EventSheetColumn("Уровень", 15, EventSheetColumn::levelLabel),
            new EventSheetColumn("Раздел", 30, EventExportRow::sectionTitle),
            new EventSheetColumn("Организация", 30, EventExportRow::organisationName),
            new EventSheetColumn("Сфера сотрудничества", 24, EventExportRow::sphereName),
            new EventSheetColumn("№ п/п", 7, EventExportRow::number),
            new EventSheetColumn("Наименование мероприятия", 40, EventExportRow::name),
            new EventSheetColumn("Место проведения мероприятия", 24, EventExportRow::place),
            new EventSheetColumn("Сроки проведения (как в документе)", 18, EventExportRow::datesRaw),
            new EventSheetColumn("Описание мероприятия", 45, EventExportRow::description),
            new EventSheetColumn("Цель проведения мероприятия", 40, EventExportRow::goal),
            new EventSheetColumn("Цель, содержание и результат мероприятия", 50, EventExportRow::outcome),
            new EventSheetColumn("Участники мероприятия (как в документе)", 40, EventExportRow::participantsRaw),
            new EventSheetColumn("Дата начала", 12, EventExportRow::start),
            new EventSheetColumn("Дата окончания", 12, EventExportRow::end),
            new EventSheetColumn("Точность дат", 13, EventExportRow::precisionLabel),
            new EventSheetColumn("Страны", 24, EventExportRow::countries),
            new EventSheetColumn("Формат", 13, EventExportRow::formatLabel),
            new EventSheetColumn("Количество участников", 13, EventExportRow::participantCount),
            new EventSheetColumn("Соглашения", 30, EventExportRow::agreements),
            new EventSheetColumn("Статус", 16, EventExportRow::statusLabel),
            new EventSheetColumn(EXTRA_COLUMNS, 40, EventExportRow::extraColumns));

    /** The width in POI units (1/256 of a character). */
    int width() {
        return widthInCharacters * 256;
    }

    Object valueOf(EventExportRow row) {
        return value.apply(row);
    }

    private static String kindLabel(EventExportRow row) {
        if (row.kind() == null) {
            return null;
        }
        return row.kind() == DocumentKind.PLAN ? "План" : "Отчет";
    }

    private static String levelLabel(EventExportRow row) {
        if (row.level() == null) {
            return null;
        }
        return row.level() == Level.MUNICIPAL ? "Муниципальный" : "Региональный";
    }
}
