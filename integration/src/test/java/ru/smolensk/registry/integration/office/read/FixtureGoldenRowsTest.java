package ru.smolensk.registry.integration.office.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.integration.office.OfficialDocument;
import ru.smolensk.registry.integration.office.OfficialRow;
import ru.smolensk.registry.integration.office.OfficialSection;

/**
 * Selected rows of each fixture, every cell compared verbatim with the text rendering and, for the tricky ones,
 * with the exact expected string: no-break spaces, several paragraphs, empty paragraphs, leading spaces and the
 * rows whose rendering shows a Word bookmark.
 */
class FixtureGoldenRowsTest {

    private static final String NBSP = "\u00A0";

    private final OfficialDocumentReader reader = new OfficialDocumentReader();

    @Test
    void planMunicipal() {
        OfficialDocument document = read("plan-municipal-2026-H1.docx");
        assertRowsMatchRendering("plan-municipal-2026-H1", document, 1, 2, 14, 20, 43);

        OfficialRow row2 = row(document, 2);
        assertEquals("2.", row2.number());
        assertEquals("Участие в\nIV открытом инструментальном конкурсе\nим. Н.К." + NBSP + "Бобкова\n«В ритме джаза»",
                row2.cell(EventField.NAME));
        assertEquals("г." + NBSP + "Минск\n(Республика Беларусь)", row2.cell(EventField.PLACE));
        assertEquals("февраль\n2026 года", row2.cell(EventField.DATES));

        OfficialRow row20 = row(document, 20);
        assertEquals("г." + NBSP + "Смоленск,", row20.cell(EventField.PLACE));

        // The rendering shows «[bookmark: _GoBack]» on its own line: in Word an empty last paragraph of the name.
        OfficialRow row43 = row(document, 43);
        assertEquals("43.", row43.number());
        assertEquals("Литературная секция «Быть на земле поэтом»\n", row43.cell(EventField.NAME));
    }

    @Test
    void reportMunicipal() {
        OfficialDocument document = read("report-municipal-2025-Q4.docx");
        assertRowsMatchRendering("report-municipal-2025-Q4", document, 1, 15, 30, 61);

        OfficialRow row15 = row(document, 15);
        assertTrue(row15.cell(EventField.PARTICIPANTS).contains("13" + NBSP + "000"),
                row15.cell(EventField.PARTICIPANTS));
    }

    @Test
    void planRegional() {
        OfficialDocument document = read("plan-regional-2026-H2.docx");
        assertRowsMatchRendering("plan-regional-2026-H2", document, 2, 11, 40, 67);

        // The rendering shows «[bookmark: _GoBack]» in the middle of this name.
        OfficialRow row2 = row(document, 2);
        assertTrue(row2.cell(EventField.NAME)
                .contains("\n«32-я Казахстанская Международная строительная и интерьерная выставка»"),
                row2.cell(EventField.NAME));
        assertTrue(!row2.cell(EventField.NAME).contains("bookmark"));

        // Empty paragraphs inside a cell are kept as empty lines.
        OfficialRow row40 = row(document, 40);
        assertEquals("пос. Кардымово,\nСмоленская область;\n\nг. Витебск\nРеспублика Беларусь\n\n"
                + "(в дистанционном формате)", row40.cell(EventField.PLACE));
    }

    @Test
    void reportRegional() {
        OfficialDocument document = read("report-regional-2025-Q2.docx");
        assertRowsMatchRendering("report-regional-2025-Q2", document, 1, 75, 76, 81);

        // A leading space of a cell is kept.
        assertEquals(" 26 апреля\n2025 года", row(document, 76).cell(EventField.DATES));
        // The rendering shows «[bookmark: _GoBack]» at the start of the second paragraph of the participants.
        OfficialRow row75 = row(document, 75);
        assertTrue(row75.cell(EventField.PARTICIPANTS).contains("\nпервый заместитель полномочного "
                + "представителя Правительства Смоленской области"), row75.cell(EventField.PARTICIPANTS));
    }

    private OfficialDocument read(String file) {
        return reader.read(new ByteArrayInputStream(FixtureManifest.bytes(file)), file).document();
    }

    private static void assertRowsMatchRendering(String name, OfficialDocument document, int... numbers) {
        TextRendering rendering = new TextRendering(FixtureManifest.resource(name + ".txt"));
        List<EventField> columns = EventField.columnsOf(document.kind());
        for (int number : numbers) {
            OfficialRow row = row(document, number);
            List<String> expected = rendering.row(number, columns.size() + 1);
            assertEquals(TextRendering.comparable(expected.get(0)), row.number());
            for (int c = 0; c < columns.size(); c++) {
                EventField field = columns.get(c);
                assertEquals(TextRendering.comparable(expected.get(c + 1)),
                        TextRendering.withoutTrailingEmptyLines(row.cell(field)),
                        name + " row " + number + " " + field);
            }
        }
    }

    private static OfficialRow row(OfficialDocument document, int number) {
        for (OfficialSection section : document.sections()) {
            for (OfficialRow row : section.rows()) {
                if (OfficeText.rowNumberValue(row.number()) == number) {
                    return row;
                }
            }
        }
        throw new AssertionError("No row " + number);
    }
}
