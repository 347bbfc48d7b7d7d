package ru.smolensk.registry.integration.office.write;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.integration.office.OfficialDocument;
import ru.smolensk.registry.integration.office.OfficialRow;
import ru.smolensk.registry.integration.office.OfficialSection;

/** Documents for the writer's tests and benchmark. */
final class SampleDocuments {

    static final String NOTE = "Во II квартале 2025 года состоялось 9 встреч (приемов, переговоров) с иностранными"
            + " делегациями:\n7 приемов – в здании Дома Советов";

    private SampleDocuments() {
    }

    /** A small municipal plan with two sections and three rows, the second one with tricky text. */
    static OfficialDocument smallPlan() {
        OfficialSection smolensk = new OfficialSection("Город Смоленск", List.of(
                row(DocumentKind.PLAN, "1.", "Российско-китайская медицинская школа", "г. Смоленск",
                        "зима/лето 2026 года"),
                row(DocumentKind.PLAN, "7.", "Участие в \nIV открытом конкурсе\nим. Н.К. Бобкова", "г. Минск\n"
                        + "(Республика Беларусь)", "февраль\n2026 года")));
        OfficialSection desnogorsk = new OfficialSection(
                "Муниципальное образование «город Десногорск» Смоленской области", List.of(
                        row(DocumentKind.PLAN, "12.", "Фестиваль «Порубежье»", " пос.\u00a0Шумячи\t(центр)  ",
                                "12 июня\n\n2026 года\n")));
        return new OfficialDocument(DocumentKind.PLAN, Level.MUNICIPAL, ReportingPeriod.halfYear(2026, 1),
                List.of(smolensk, desnogorsk), null);
    }

    /** A regional report with one section, one row and a note. */
    static OfficialDocument reportWithNote() {
        OfficialSection economy = new OfficialSection("Сотрудничество в сфере экономического развития", List.of(
                row(DocumentKind.REPORT, "1.", "Визит делегации ОАЭ", "г. Смоленск", "22-25 мая\n2025 года")));
        return new OfficialDocument(DocumentKind.REPORT, Level.REGIONAL, ReportingPeriod.quarter(2025, 2),
                List.of(economy), NOTE);
    }

    /** A consolidated report of the given size, rows spread over sections of 50 rows. */
    static OfficialDocument largeReport(int rows) {
        List<OfficialSection> sections = new ArrayList<>();
        List<OfficialRow> current = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            current.add(row(DocumentKind.REPORT, i + ".", "Международный фестиваль народного творчества № " + i
                    + " «Смоленский рожок»", "г. Смоленск,\nДом культуры", i % 28 + 1 + " ноября\n2025 года"));
            if (current.size() == 50 || i == rows) {
                sections.add(new OfficialSection("Муниципальное образование «Муниципальный округ № "
                        + (sections.size() + 1) + "» Смоленской области", current));
                current = new ArrayList<>();
            }
        }
        return new OfficialDocument(DocumentKind.REPORT, Level.MUNICIPAL, ReportingPeriod.quarter(2025, 4),
                sections, NOTE);
    }

    static OfficialRow row(DocumentKind kind, String number, String name, String place, String dates) {
        Map<EventField, String> cells = new EnumMap<>(EventField.class);
        cells.put(EventField.NAME, name);
        cells.put(EventField.PLACE, place);
        cells.put(EventField.DATES, dates);
        if (kind == DocumentKind.PLAN) {
            cells.put(EventField.DESCRIPTION, "Проведение встречи студентов в формате лекций, мастер-классов и"
                    + " клинических разборов; обмен опытом & знаниями <без> ограничений");
            cells.put(EventField.GOAL, "Обмен знаниями, передовыми технологиями и культурными традициями");
        } else {
            cells.put(EventField.OUTCOME, "Цель: укрепление экономических отношений.\nВ рамках визита проведены "
                    + "бизнес-встречи:\n- ООО «Лазертаг» (г. Смоленск);\n- ООО «Эггер Древпродукт Гагарин»."
                    + "\nДостигнуты договоренности о поставках продукции компаний региона на экспорт");
        }
        cells.put(EventField.PARTICIPANTS, "Представители Администрации г. Смоленска и Мэрии г. Крагуеваца "
                + "(Республика Сербия), всего 25 человек");
        return new OfficialRow(number, cells);
    }
}
