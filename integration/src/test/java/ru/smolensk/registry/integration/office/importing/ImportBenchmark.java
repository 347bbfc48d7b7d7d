package ru.smolensk.registry.integration.office.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.concurrent.TimeUnit;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.odftoolkit.odfdom.doc.OdfDocument;
import org.w3c.dom.NodeList;

import ru.smolensk.registry.domain.application.importing.ImportedDocument;
import ru.smolensk.registry.domain.application.importing.ImportedRow;
import ru.smolensk.registry.domain.application.importing.ImportedSection;
import ru.smolensk.registry.domain.normalization.RowNormalizer;
import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.integration.office.read.OfficialDocumentReader;

/**
 * JMH benchmark of the import's parse + normalize per document against a baseline of a bare open-and-walk of the
 * same file with the same library (every cell's text), measured in the same run. Target ≤ 2×. Each fixture is
 * measured as the customer's .docx and as the .doc (POI HWPF) and .odt (ODF Toolkit) LibreOffice made of it.
 *
 * <p>Without installing anything: {@code mvn -q -o -pl integration -am test-compile dependency:build-classpath
 * -Dmdep.outputFile=/tmp/cp.txt && java -cp integration/target/test-classes:integration/target/classes:$(cat
 * /tmp/cp.txt) ru.smolensk.registry.integration.office.importing.ImportBenchmark} (run from the project root).
 *
 * <p>Run: {@code mvn -q -pl integration -am -DskipTests install && mvn -q -pl integration test-compile
 * dependency:build-classpath -Dmdep.outputFile=target/cp.txt && java -cp
 * integration/target/test-classes:integration/target/classes:$(cat integration/target/cp.txt)
 * ru.smolensk.registry.integration.office.importing.ImportBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ImportBenchmark {

    static final String[] FIXTURES = {"report-regional-2025-Q2.docx", "converted/report-regional-2025-Q2.doc",
            "converted/report-regional-2025-Q2.odt", "plan-municipal-2026-H1.docx",
            "converted/plan-municipal-2026-H1.doc",
            "converted/plan-municipal-2026-H1.odt"};

    @Param({"report-regional-2025-Q2.docx", "converted/report-regional-2025-Q2.doc",
            "converted/report-regional-2025-Q2.odt", "plan-municipal-2026-H1.docx",
            "converted/plan-municipal-2026-H1.doc",
            "converted/plan-municipal-2026-H1.odt"})
    public String fixture;

    private byte[] file;
    private final OfficialDocumentReader reader = new OfficialDocumentReader();
    private final RowNormalizer normalizer = new RowNormalizer();

    @Setup
    public void load() throws IOException {
        try (InputStream in = ImportBenchmark.class.getResourceAsStream("/fixtures/" + fixture)) {
            file = in.readAllBytes();
        }
    }

    /** Baseline: the library of the format opens the document and reads the text of every table cell. */
    @Benchmark
    public void bareLibraryWalk(Blackhole sink) throws Exception {
        if (fixture.endsWith(".docx")) {
            walkDocx(sink);
        } else if (fixture.endsWith(".doc")) {
            walkDoc(sink);
        } else {
            walkOdt(sink);
        }
    }

    private void walkDocx(Blackhole sink) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file))) {
            for (XWPFTable table : doc.getTables()) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        sink.consume(cell.getText());
                    }
                }
            }
        }
    }

    private void walkDoc(Blackhole sink) throws IOException {
        try (HWPFDocument doc = new HWPFDocument(new POIFSFileSystem(new ByteArrayInputStream(file)))) {
            Range range = doc.getRange();
            for (int i = 0; i < range.numParagraphs(); i++) {
                Paragraph paragraph = range.getParagraph(i);
                if (paragraph.isInTable() && paragraph.getTableLevel() == 1) {
                    Table table = range.getTable(paragraph);
                    for (int r = 0; r < table.numRows(); r++) {
                        TableRow row = table.getRow(r);
                        for (int c = 0; c < row.numCells(); c++) {
                            sink.consume(row.getCell(c).text());
                        }
                    }
                    i += table.numParagraphs() - 1;
                }
            }
        }
    }

    private void walkOdt(Blackhole sink) throws Exception {
        try (OdfDocument doc = OdfDocument.loadDocument(new ByteArrayInputStream(file))) {
            NodeList cells = doc.getContentDom().getElementsByTagNameNS(
                    "urn:oasis:names:tc:opendocument:xmlns:table:1.0", "table-cell");
            for (int i = 0; i < cells.getLength(); i++) {
                sink.consume(cells.item(i).getTextContent());
            }
        }
    }

    /** The import: read the official table and normalize every row. */
    @Benchmark
    public void parseAndNormalize(Blackhole sink) {
        ImportedDocument doc = new ImportedDocuments(reader).read(new ByteArrayInputStream(file), fixture);
        for (ImportedSection section : doc.sections()) {
            for (ImportedRow row : section.rows()) {
                OfficialColumns columns = new OfficialColumns(row.cell(EventField.NAME), row.cell(EventField.PLACE),
                        row.cell(EventField.DATES), row.cell(EventField.DESCRIPTION), row.cell(EventField.GOAL),
                        row.cell(EventField.OUTCOME), row.cell(EventField.PARTICIPANTS));
                sink.consume(normalizer.normalize(columns, doc.kind(), doc.period(), row.number()));
            }
        }
    }

    public static void main(String[] args) throws RunnerException {
        Collection<RunResult> results = new Runner(
                new OptionsBuilder().include(ImportBenchmark.class.getSimpleName()).build()).run();
        for (String fixture : FIXTURES) {
            double baseline = score(results, "bareLibraryWalk", fixture);
            double measured = score(results, "parseAndNormalize", fixture);
            System.out.printf("%s: parse+normalize %.2f ms, bare walk %.2f ms, ratio %.2f (target <= 2.00)%n",
                    fixture, measured, baseline, measured / baseline);
        }
    }

    private static double score(Collection<RunResult> results, String method, String fixture) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith(method)
                        && fixture.equals(r.getParams().getParam("fixture")))
                .findFirst().orElseThrow().getPrimaryResult().getScore();
    }
}
