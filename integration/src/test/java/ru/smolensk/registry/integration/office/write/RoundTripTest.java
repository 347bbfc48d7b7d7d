package ru.smolensk.registry.integration.office.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.integration.office.OfficialDocument;
import ru.smolensk.registry.integration.office.OfficialRow;
import ru.smolensk.registry.integration.office.OfficialSection;
import ru.smolensk.registry.integration.office.read.OfficialDocumentReader;
import ru.smolensk.registry.integration.office.read.ReadResult;

/**
 * The acceptance test of the writer: every customer sample, read, written and read again, gives the same
 * document: kind, level, period, sections in order, the verbatim text of every cell and the note.
 */
class RoundTripTest {

    private final OfficialDocumentReader reader = new OfficialDocumentReader();

    /** Rows, sections and whether there is a note, as the fixtures' manifest.json lists them. */
    @ParameterizedTest
    @CsvSource({"plan-municipal-2026-H1, 43, 4, false", "plan-regional-2026-H2, 67, 11, false",
            "report-municipal-2025-Q4, 61, 10, false", "report-regional-2025-Q2, 81, 14, true"})
    void fixtureSurvivesReadWriteRead(String fixture, int rows, int sections, boolean note) throws IOException {
        OfficialDocument original = readFixture(fixture);
        assertEquals(rows, original.rowCount(), "the sample as read");
        assertEquals(sections, original.sections().size(), "the sample as read");
        assertEquals(note, original.note() != null, "the sample as read");
        byte[] written = WrittenDocx.bytes(original, WriteOptions.official());
        ReadResult again = reader.read(new ByteArrayInputStream(written), fixture + "-written.docx");

        assertFalse(again.hasErrors(), () -> "errors on reading the written document: " + again.errors());
        assertSameDocument(original, again.document());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan-regional-2026-H2", "report-regional-2025-Q2"})
    void draftOrganisationDocumentReadsBackTheSame(String fixture) throws IOException {
        OfficialDocument original = readFixture(fixture);
        WriteOptions options = WriteOptions.official().asDraft().keepingNumbers()
                .forOrganisation("Министерство экономического развития Смоленской области");
        ReadResult again = reader.read(new ByteArrayInputStream(WrittenDocx.bytes(original, options)), fixture);

        assertFalse(again.hasErrors(), () -> "errors on reading the written document: " + again.errors());
        assertSameDocument(original, again.document());
    }

    @Test
    void aLargeConsolidatedDocumentReadsBackWithEveryRowBeyondRowNumberTenThousand() {
        OfficialDocument large = SampleDocuments.largeReport(10_200);
        ReadResult again = reader.read(new ByteArrayInputStream(WrittenDocx.bytes(large, WriteOptions.official())),
                "large.docx");

        assertFalse(again.hasErrors(), () -> "errors on reading the written document: " + again.errors());
        assertEquals(10_200, again.document().rowCount());
        assertEquals(large.sections().size(), again.document().sections().size());
    }

    private OfficialDocument readFixture(String fixture) throws IOException {
        try (InputStream in = RoundTripTest.class.getResourceAsStream("/fixtures/" + fixture + ".docx")) {
            assertNotNull(in, fixture);
            ReadResult result = reader.read(in, fixture + ".docx");
            assertFalse(result.hasErrors(), () -> "errors on reading the sample: " + result.errors());
            return result.document();
        }
    }

    private static void assertSameDocument(OfficialDocument expected, OfficialDocument actual) {
        assertEquals(expected.kind(), actual.kind());
        assertEquals(expected.level(), actual.level());
        assertEquals(expected.period(), actual.period());
        assertEquals(titles(expected), titles(actual));
        assertEquals(expected.rowCount(), actual.rowCount());
        for (int s = 0; s < expected.sections().size(); s++) {
            List<OfficialRow> expectedRows = expected.sections().get(s).rows();
            List<OfficialRow> actualRows = actual.sections().get(s).rows();
            assertEquals(expectedRows.size(), actualRows.size(), () -> "rows of " + expected.sections());
            for (int r = 0; r < expectedRows.size(); r++) {
                OfficialRow want = expectedRows.get(r);
                OfficialRow got = actualRows.get(r);
                assertEquals(want.number().strip(), got.number().strip());
                for (EventField field : EventField.columnsOf(expected.kind())) {
                    assertEquals(want.cell(field), got.cell(field), "row " + want.number() + ", " + field);
                }
            }
        }
        assertEquals(expected.note(), actual.note());
    }

    private static List<String> titles(OfficialDocument document) {
        return document.sections().stream().map(OfficialSection::title).toList();
    }
}
