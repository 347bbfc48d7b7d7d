package ru.smolensk.registry.integration.office.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ru.smolensk.registry.integration.office.OfficialDocument;
import ru.smolensk.registry.integration.office.OfficialRow;
import ru.smolensk.registry.integration.office.OfficialSection;

/**
 * The customer's four documents saved by LibreOffice as Word 97–2003 (.doc) and OpenDocument (.odt) files
 * ({@code soffice --headless --convert-to doc|odt}, kept in {@code fixtures/converted}) read to exactly what their
 * .docx originals read to: kind, level, period, section titles, every row with every cell verbatim (line breaks
 * included), and the note.
 */
class ConvertedFixturesTest {

    private final OfficialDocumentReader reader = new OfficialDocumentReader();

    static Stream<Arguments> converted() {
        List<Arguments> all = new ArrayList<>();
        for (FixtureManifest.Entry fixture : FixtureManifest.entries()) {
            String base = fixture.file().replace(".docx", "");
            all.add(Arguments.of(fixture.file(), "converted/" + base + ".doc", SourceFormat.DOC));
            all.add(Arguments.of(fixture.file(), "converted/" + base + ".odt", SourceFormat.ODT));
        }
        return all.stream();
    }

    private ReadResult read(String name) {
        return reader.read(new ByteArrayInputStream(FixtureManifest.bytes(name)), name);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("converted")
    void readsTheSameAsTheDocx(String original, String converted, SourceFormat format) {
        ReadResult expected = read(original);
        ReadResult actual = read(converted);
        OfficialDocument want = expected.document();
        OfficialDocument got = actual.document();

        assertEquals(format, actual.format());
        assertFalse(actual.hasErrors(), () -> "errors: " + actual.errors());
        assertEquals(want.kind(), got.kind());
        assertEquals(want.level(), got.level());
        assertEquals(want.period(), got.period());
        assertEquals(expected.title(), actual.title());
        assertEquals(want.rowCount(), got.rowCount());
        assertEquals(want.sections().size(), got.sections().size());
        for (int s = 0; s < want.sections().size(); s++) {
            OfficialSection ws = want.sections().get(s);
            OfficialSection gs = got.sections().get(s);
            assertEquals(ws.title(), gs.title());
            for (int r = 0; r < ws.rows().size(); r++) {
                OfficialRow wr = ws.rows().get(r);
                OfficialRow gr = gs.rows().get(r);
                assertEquals(wr.number(), gr.number());
                assertEquals(wr.cells(), gr.cells(), "row " + wr.number());
                assertEquals(wr.extras(), gr.extras(), "row " + wr.number());
            }
        }
        assertEquals(want.note(), got.note());
        assertEquals(expected.issues().stream().map(ReadIssue::code).toList(),
                actual.issues().stream().map(ReadIssue::code).toList());
    }
}
