package ru.smolensk.registry.integration.office.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.integration.office.OfficialDocument;
import ru.smolensk.registry.integration.office.OfficialRow;
import ru.smolensk.registry.integration.office.OfficialSection;

/** The customer's four sample documents against {@code fixtures/manifest.json} and their text renderings. */
class FixtureDocumentsTest {

    private final OfficialDocumentReader reader = new OfficialDocumentReader();

    static List<FixtureManifest.Entry> fixtures() {
        return FixtureManifest.entries();
    }

    private ReadResult read(FixtureManifest.Entry fixture) {
        return reader.read(new ByteArrayInputStream(FixtureManifest.bytes(fixture.file())), fixture.file());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void kindLevelAndPeriodComeFromTheTitle(FixtureManifest.Entry fixture) {
        ReadResult result = read(fixture);
        OfficialDocument document = result.document();

        assertEquals(SourceFormat.DOCX, result.format());
        assertEquals(fixture.kind(), document.kind().name());
        assertEquals(fixture.level(), document.level().name());
        assertEquals(fixture.period(), document.period().code());
        assertFalse(result.hasErrors(), () -> "errors: " + result.errors());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void eventCountAndNumberingMatchTheManifest(FixtureManifest.Entry fixture) {
        OfficialDocument document = read(fixture).document();

        assertEquals(fixture.events(), document.rowCount());
        int expected = 1;
        for (OfficialSection section : document.sections()) {
            for (OfficialRow row : section.rows()) {
                assertEquals(expected, OfficeText.rowNumberValue(row.number()), "row " + row.number());
                expected++;
            }
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void sectionTitlesMatchTheManifest(FixtureManifest.Entry fixture) {
        ReadResult result = read(fixture);
        List<String> titles = new ArrayList<>();
        List<String> normalized = new ArrayList<>();
        for (int i = 0; i < result.document().sections().size(); i++) {
            titles.add(result.document().sections().get(i).title().replace('\n', ' '));
            normalized.add(result.sections().get(i).normalizedTitle());
        }

        assertEquals(fixture.sections(), titles);
        assertEquals(fixture.sections(), normalized);
        assertTrue(result.document().sections().stream().noneMatch(s -> s.rows().isEmpty()));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void noteIsTheManifestSummaryOrAbsent(FixtureManifest.Entry fixture) {
        String note = read(fixture).document().note();

        if (fixture.summary() == null) {
            assertNull(note);
        } else {
            assertEquals(OfficeText.normalizeSpace(fixture.summary()), OfficeText.normalizeSpace(note));
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyCellOfEveryRowMatchesTheTextRendering(FixtureManifest.Entry fixture) {
        OfficialDocument document = read(fixture).document();
        TextRendering rendering = new TextRendering(FixtureManifest.resource(fixture.text()));
        List<EventField> columns = EventField.columnsOf(document.kind());

        for (OfficialSection section : document.sections()) {
            for (OfficialRow row : section.rows()) {
                int number = OfficeText.rowNumberValue(row.number());
                List<String> expected = rendering.row(number, columns.size() + 1);
                assertEquals(TextRendering.comparable(expected.get(0)), row.number(), "number of row " + number);
                for (int c = 0; c < columns.size(); c++) {
                    EventField field = columns.get(c);
                    assertEquals(TextRendering.comparable(expected.get(c + 1)),
                            TextRendering.withoutTrailingEmptyLines(row.cell(field)),
                            () -> fixture.file() + " row " + number + " " + field);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void rowsHaveExactlyTheColumnsOfTheirKind(FixtureManifest.Entry fixture) {
        OfficialDocument document = read(fixture).document();
        List<EventField> columns = EventField.columnsOf(document.kind());

        for (OfficialSection section : document.sections()) {
            for (OfficialRow row : section.rows()) {
                assertEquals(columns, List.copyOf(row.cells().keySet()));
                if (document.kind() == DocumentKind.REPORT) {
                    assertTrue(row.cells().get(EventField.OUTCOME) != null);
                }
            }
        }
    }
}
