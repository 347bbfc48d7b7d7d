package ru.smolensk.registry.integration.office.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.domain.model.event.ExtraColumns;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.integration.office.OfficialRow;
import ru.smolensk.registry.integration.office.read.OfficialDocumentReader;
import ru.smolensk.registry.integration.office.read.ReadResult;

/**
 * A workbook the registry writes (a document or a filtered list), exported, corrected by staff and loaded back:
 * the derived columns (dates as parsed, countries, format, status …) are recognised and not read, the official
 * columns and the bundled extra columns come back verbatim, and nothing is warned about.
 */
class ExportedWorkbookRoundTripTest {

    private static final Map<String, String> EXTRAS = Map.of("Ответственный исполнитель",
            "Комитет по образованию\nАдминистрации города Смоленска", "Источник финансирования", "местный бюджет");

    private static EventExportRow row(String section, String number, String name, String dates, String extras) {
        return new EventExportRow("2025-Q2", DocumentKind.REPORT, Level.MUNICIPAL, section, "город Смоленск", null,
                number, name, "г. Смоленск", dates, null, null, "Проведен,\nподписано соглашение",
                "12 человек, Германия", LocalDate.of(2025, 4, 15), LocalDate.of(2025, 4, 17), "дни", "Германия",
                "очно", 12, "Соглашение о сотрудничестве", "Черновик", extras);
    }

    @Test
    void anExportedListLoadsBackWithTheSameRowsAndExtraColumns() throws IOException {
        List<EventExportRow> rows = List.of(
                row("Город Смоленск", "1", "Визит делегации города-побратима Хеймлок", "15-17 апреля 2025 года",
                        new ExtraColumns(EXTRAS).display()),
                row("Город Смоленск", "2", "Турнир по самбо", "май 2025 года", null),
                row("Муниципальное образование «Шумячский муниципальный округ» Смоленской области", "3",
                        "Форум «Приграничье»", "  май\u00A02025 года ", null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EventsWorkbookWriter().write(rows, out);

        ReadResult result = new OfficialDocumentReader().read(new ByteArrayInputStream(out.toByteArray()),
                "export.xlsx");

        assertFalse(result.hasErrors(), () -> result.errors().toString());
        assertEquals(List.of(), result.warnings(), "derived columns are not extra columns");
        assertEquals(DocumentKind.REPORT, result.document().kind());
        assertEquals(Level.MUNICIPAL, result.document().level());
        assertEquals("2025-Q2", result.document().period().code());
        assertEquals(2, result.document().sections().size());
        List<OfficialRow> read = result.document().sections().stream().flatMap(s -> s.rows().stream()).toList();
        assertEquals(3, read.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(rows.get(i).name(), read.get(i).cell(EventField.NAME));
            assertEquals(rows.get(i).datesRaw(), read.get(i).cell(EventField.DATES));
            assertEquals(rows.get(i).outcome(), read.get(i).cell(EventField.OUTCOME));
            assertEquals(rows.get(i).participantsRaw(), read.get(i).cell(EventField.PARTICIPANTS));
        }
        assertEquals(EXTRAS, read.get(0).extras());
        assertEquals(Map.of(), read.get(1).extras());
    }

    @Test
    void extraColumnsShownAsTextParseBackVerbatim() {
        ExtraColumns extras = new ExtraColumns(Map.of("A", "line 1\n«not a header» line 2", "B", ""));
        assertEquals(extras, ExtraColumns.parseDisplay(extras.display()));
        assertEquals(extras, ExtraColumns.decode(extras.encode()));
    }
}
