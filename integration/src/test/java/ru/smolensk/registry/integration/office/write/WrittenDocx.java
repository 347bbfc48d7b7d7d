package ru.smolensk.registry.integration.office.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import ru.smolensk.registry.integration.office.OfficialDocument;

/** Writes documents to memory and opens them again with XWPF for assertions. */
final class WrittenDocx {

    private WrittenDocx() {
    }

    static byte[] bytes(OfficialDocument document, WriteOptions options) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new OfficialDocumentWriter().write(document, options, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XWPFDocument open(OfficialDocument document, WriteOptions options) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes(document, options)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell's paragraphs joined with line feeds, as the neutral model stores cell text. */
    static String text(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }
}
