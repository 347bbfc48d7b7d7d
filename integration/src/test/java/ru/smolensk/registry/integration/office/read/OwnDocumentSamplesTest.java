package ru.smolensk.registry.integration.office.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.integration.office.OfficialRow;

/**
 * Single organisations' own plans and reports as offices send them (made with LibreOffice from the HTML sources in
 * {@code samples/source}, see {@code make-samples.sh}), each as .docx, .doc and .odt: the title naming the
 * organisation in different forms (historic name, «г.», quotes, line breaks), every period wording, no or one
 * section row, numbering «1.», «2)», «3». Every row is read with its cells verbatim; the organisation is left to
 * the import (see the system test and {@code TitleIssuerReferenceDataTest}).
 */
class OwnDocumentSamplesTest {

    private final OfficialDocumentReader reader = new OfficialDocumentReader();

    /** Sample, period (or null), rows, a text the title must contain. */
    private static final List<Object[]> SAMPLES = List.of(
            new Object[]{"report-shumyachsky-2025-Q2", "2025-Q2", 3, "«Шумячский муниципальный округ»"},
            new Object[]{"plan-shumyachsky-2024-H2", "2024-H2", 2, "\"Шумячский район\""},
            new Object[]{"report-smolensk-2025-Q2-extra-columns", "2025-Q2", 3, "Администрацией города Смоленска"},
            new Object[]{"plan-culture-2026-H1", "2026-H1", 3, "Министерства культуры и туризма"},
            new Object[]{"report-desnogorsk-2025-Q4", "2025-Q4", 2, "Десногорска"},
            new Object[]{"plan-velizhsky-no-period", null, 1, "Велижского муниципального округа"});

    static Stream<Arguments> samples() {
        List<Arguments> all = new ArrayList<>();
        for (Object[] sample : SAMPLES) {
            for (String extension : List.of("docx", "doc", "odt")) {
                all.add(Arguments.of(sample[0] + "." + extension, sample[1], sample[2], sample[3]));
            }
        }
        return all.stream();
    }

    static byte[] bytes(String name) {
        try (InputStream in = OwnDocumentSamplesTest.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ReadResult read(String name) {
        return reader.read(new ByteArrayInputStream(bytes(name)), name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyRowIsReadAndTheTitleKept(String file, String period, int rows, String named) {
        ReadResult result = read(file);

        assertFalse(result.hasErrors(), () -> "errors: " + result.errors());
        assertEquals(rows, result.document().rowCount());
        assertEquals(period, result.document().period() == null ? null : result.document().period().code());
        assertTrue(result.title().contains(named), result.title());
        assertTrue(result.document().sections().size() == 1, "no or a single section row");
        for (OfficialRow row : result.document().sections().get(0).rows()) {
            assertFalse(row.cell(EventField.NAME).isBlank(), row.number());
        }
    }

    @Test
    void lineBreaksAndNumberingAreKeptVerbatimInEveryFormat() {
        for (String extension : List.of("docx", "doc", "odt")) {
            List<OfficialRow> rows = read("report-shumyachsky-2025-Q2." + extension).document().sections().get(0)
                    .rows();
            assertEquals(List.of("1.", "2)", "3"), rows.stream().map(OfficialRow::number).toList(), extension);
            assertEquals("Укрепление культурных связей с муниципалитетами Могилевской области.\nПодписан план "
                    + "совместных мероприятий на 2025-2026 годы", rows.get(0).cell(EventField.OUTCOME), extension);
        }
    }

    @Test
    void aMinistrysPlanWithOneSectionRowHasNoLevelInItsTitle() {
        ReadResult result = read("plan-culture-2026-H1.odt");
        assertNull(result.document().level(), "a single body's document: the level is its organisation's");
        assertEquals("В сфере культуры и туризма", result.document().sections().get(0).title());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extraColumnFiles")
    void twoExtraColumnsAreKeptWithEachRow(String file) {
        ReadResult result = read(file);

        assertFalse(result.hasErrors(), () -> "errors: " + result.errors());
        assertEquals(List.of("Ответственный исполнитель", "Источник финансирования"), result.extraHeaders());
        assertEquals(List.of("extra-column", "extra-column"),
                result.warnings().stream().map(ReadIssue::code).filter(c -> c.startsWith("extra")).toList());
        List<OfficialRow> rows = result.document().sections().get(0).rows();
        assertEquals(3, rows.size());
        assertEquals(Map.of("Ответственный исполнитель", "Комитет по образованию\nАдминистрации города Смоленска",
                "Источник финансирования", "местный бюджет"), rows.get(0).extras());
        assertEquals("12 человек, Германия", rows.get(0).cell(EventField.PARTICIPANTS));
        assertEquals("", rows.get(2).extras().get("Источник финансирования"));
    }

    static Stream<String> extraColumnFiles() {
        return Stream.of("docx", "doc", "odt", "xls").map(e -> "report-smolensk-2025-Q2-extra-columns." + e);
    }
}
