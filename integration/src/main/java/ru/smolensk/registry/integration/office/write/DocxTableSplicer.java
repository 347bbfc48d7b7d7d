package ru.smolensk.registry.integration.office.write;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a skeleton package to the output, replacing in {@code word/document.xml} the paragraph that
 * holds the placeholder by markup streamed from a {@link BodyFragment}. The output stream is finished
 * but not closed.
 */
final class DocxTableSplicer {

    private static final String DOCUMENT_PART = "word/document.xml";
    private static final int WRITE_BUFFER = 1 << 16;

    /** Markup written in place of the placeholder paragraph. */
    @FunctionalInterface
    interface BodyFragment {
        void writeTo(Writer out) throws IOException;
    }

    private DocxTableSplicer() {
    }

    static void splice(byte[] skeleton, String placeholder, BodyFragment fragment, OutputStream out)
            throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new KeepOpenOutputStream(out), StandardCharsets.UTF_8);
        try (ZipInputStream source = new ZipInputStream(new ByteArrayInputStream(skeleton), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = source.getNextEntry(); entry != null; entry = source.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (DOCUMENT_PART.equals(entry.getName())) {
                    writeDocumentPart(new String(source.readAllBytes(), StandardCharsets.UTF_8), placeholder,
                            fragment, zip);
                } else {
                    source.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
    }

    private static void writeDocumentPart(String xml, String placeholder, BodyFragment fragment, OutputStream zip)
            throws IOException {
        int token = xml.lastIndexOf(placeholder);
        if (token < 0) {
            throw new IllegalStateException("The skeleton document has no table placeholder");
        }
        int start = paragraphStart(xml, token);
        int end = xml.indexOf("</w:p>", token) + "</w:p>".length();
        Writer writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), WRITE_BUFFER);
        writer.write(xml, 0, start);
        fragment.writeTo(writer);
        writer.write(xml, end, xml.length() - end);
        writer.flush();
    }

    /** The index of the {@code <w:p>} or {@code <w:p ...>} start tag that encloses the given index. */
    private static int paragraphStart(String xml, int inside) {
        for (int at = xml.lastIndexOf("<w:p", inside); at >= 0; at = xml.lastIndexOf("<w:p", at - 1)) {
            char next = xml.charAt(at + "<w:p".length());
            if (next == '>' || next == ' ') {
                return at;
            }
        }
        throw new IllegalStateException("The table placeholder is not inside a paragraph");
    }

    /** Lets the zip stream finish the archive without closing the caller's stream. */
    private static final class KeepOpenOutputStream extends FilterOutputStream {

        KeepOpenOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
