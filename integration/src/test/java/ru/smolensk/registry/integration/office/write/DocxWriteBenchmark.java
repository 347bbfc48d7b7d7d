package ru.smolensk.registry.integration.office.write;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.integration.office.OfficialDocument;
import ru.smolensk.registry.integration.office.OfficialHeaders;
import ru.smolensk.registry.integration.office.OfficialRow;
import ru.smolensk.registry.integration.office.OfficialSection;

/**
 * Times writing the consolidated .docx of 10,000 rows with {@link OfficialDocumentWriter} against a
 * baseline of a bare POI table with the same cells (XWPFDocument, createTable, setText, no styling),
 * in the same JVM, and prints both medians, their ratio (target: writer ≤ 1.5 × baseline) and the peak
 * heap of each. Not a unit test: run it by hand, with the heap of the requirement, from the
 * project root:
 *
 * <pre>
 * mvn -q -pl integration -am -Dbuild.dirname=target-bench -Denforcer.skip -Dformatter.skip test-compile \
 *     dependency:build-classpath -Dmdep.outputFile=target-bench/cp.txt -Dmdep.includeScope=test \
 *   &amp;&amp; java -Xmx256m -cp integration/target-bench/test-classes:integration/target-bench/classes:$(cat \
 *     integration/target-bench/cp.txt) ru.smolensk.registry.integration.office.write.DocxWriteBenchmark
 * </pre>
 *
 * Arguments (optional): number of rows (default 10000), measured iterations (default 5).
 */
public final class DocxWriteBenchmark {

    private static final int WARM_UP = 3;

    private DocxWriteBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        OfficialDocument document = SampleDocuments.largeReport(rows);
        System.out.printf("Rows: %d, sections: %d, max heap: %d MB%n", document.rowCount(),
                document.sections().size(), Runtime.getRuntime().maxMemory() >> 20);

        Measurement writer = measure("OfficialDocumentWriter", iterations, out -> new OfficialDocumentWriter()
                .write(document, WriteOptions.official(), out));
        Measurement baseline = measure("Bare XWPF table", iterations, out -> writeBareTable(document, out));

        System.out.println(writer);
        System.out.println(baseline);
        if (baseline.failed()) {
            System.out.println("Ratio: not available, the baseline failed (see above)");
        } else {
            double ratio = (double) writer.medianMillis() / Math.max(1, baseline.medianMillis());
            System.out.printf("Ratio writer / baseline: %.2f (target ≤ 1.5) %s%n", ratio,
                    ratio <= 1.5 ? "OK" : "TOO SLOW");
        }
    }

    /** The baseline: the same cells in a plain POI table, no merging, no formatting. */
    static void writeBareTable(OfficialDocument document, OutputStream out) throws IOException {
        List<EventField> fields = EventField.columnsOf(document.kind());
        try (XWPFDocument docx = new XWPFDocument()) {
            List<String> headers = OfficialHeaders.row(document.kind());
            XWPFTable table = docx.createTable(1, headers.size());
            for (int c = 0; c < headers.size(); c++) {
                table.getRow(0).getCell(c).setText(headers.get(c));
            }
            int number = 0;
            for (OfficialSection section : document.sections()) {
                table.createRow().getCell(0).setText(section.title());
                for (OfficialRow row : section.rows()) {
                    XWPFTableRow tableRow = table.createRow();
                    tableRow.getCell(0).setText(++number + ".");
                    for (int c = 0; c < fields.size(); c++) {
                        tableRow.getCell(c + 1).setText(row.cell(fields.get(c)));
                    }
                }
            }
            if (document.note() != null) {
                table.createRow().getCell(0).setText(document.note());
            }
            docx.write(out);
        }
    }

    private static Measurement measure(String name, int iterations, DocxJob job) {
        long[] millis = new long[iterations];
        long bytes = 0;
        try {
            for (int i = 0; i < WARM_UP; i++) {
                job.writeTo(new CountingStream());
            }
            System.gc();
            resetPeakHeap();
            for (int i = 0; i < iterations; i++) {
                CountingStream out = new CountingStream();
                long start = System.nanoTime();
                job.writeTo(out);
                millis[i] = (System.nanoTime() - start) / 1_000_000;
                bytes = out.count;
            }
        } catch (IOException | OutOfMemoryError e) {
            return new Measurement(name, millis, bytes, peakHeapMegabytes(), e.toString());
        }
        return new Measurement(name, millis, bytes, peakHeapMegabytes(), null);
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap the job needed. */
    private static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    @FunctionalInterface
    private interface DocxJob {
        void writeTo(OutputStream out) throws IOException;
    }

    private record Measurement(String name, long[] millis, long bytes, long peakHeapMegabytes, String failure) {

        boolean failed() {
            return failure != null;
        }

        long medianMillis() {
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }

        @Override
        public String toString() {
            if (failed()) {
                return String.format("%-24s FAILED: %s (peak heap %d MB)", name, failure, peakHeapMegabytes);
            }
            return String.format("%-24s median %5d ms, runs %s ms, %,d bytes, peak heap ≤ %d MB", name,
                    medianMillis(), Arrays.toString(millis), bytes, peakHeapMegabytes);
        }
    }

    /** Discards the bytes, counting them. */
    private static final class CountingStream extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
