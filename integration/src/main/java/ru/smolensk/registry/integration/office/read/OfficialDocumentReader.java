package ru.smolensk.registry.integration.office.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads an official plan or report of international events from a Word (.docx) or Excel (.xlsx) file into the
 * neutral {@link ru.smolensk.registry.integration.office.OfficialDocument} model.
 *
 * <p>The format is recognised by content, not by the file name. Kind, level and period come from the title
 * (Word: the paragraphs before the table; Excel: the cells above the header row or the columns «Вид документа»,
 * «Уровень», «Период»); the columns are identified by their header text; merged single-cell rows start sections;
 * numbered rows are events with every cell kept verbatim. Either a complete {@link ReadResult} is returned or a
 * {@link DocumentReadException} is thrown; there is no partial result.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class OfficialDocumentReader {

    /** How POI's exception for ISO/IEC 29500 Strict documents begins. */
    private static final String STRICT_OOXML = "Strict OOXML";

    private final ReaderLimits limits;
    private final PackageOpener opener;

    /** A reader with the default limits (20 MB per file). */
    public OfficialDocumentReader() {
        this(ReaderLimits.defaults());
    }

    /** A reader accepting files of at most {@code maxFileBytes} bytes. */
    public OfficialDocumentReader(long maxFileBytes) {
        this(ReaderLimits.ofFileBytes(maxFileBytes));
    }

    public OfficialDocumentReader(ReaderLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.opener = new PackageOpener(limits);
    }

    public ReaderLimits limits() {
        return limits;
    }

    /**
     * Reads a whole document from the stream (the stream is read to its end but not closed).
     *
     * @param in the uploaded file
     * @param fileName the name the file was uploaded under, used in messages only; may be null
     * @return the document with the issues found
     * @throws DocumentReadException when the file cannot be read as a plan or report; its {@code code()} tells why
     * @throws UncheckedIOException when reading the stream itself fails
     */
    public ReadResult read(InputStream in, String fileName) {
        Objects.requireNonNull(in, "in");
        String name = fileName == null || fileName.isBlank() ? "без имени" : fileName;
        byte[] data = BoundedInput.readAll(in, limits.maxFileBytes(), name);
        try (OpenedPackage opened = opener.open(data, name)) {
            return opened.format() == SourceFormat.DOCX ? readWord(opened, name) : readExcel(opened, name);
        }
    }

    private static ReadResult readWord(OpenedPackage opened, String name) {
        XWPFDocument document = call(() -> new XWPFDocument(opened.opc()), name);
        return call(() -> new DocxTableReader(name).read(document), name);
    }

    private static ReadResult readExcel(OpenedPackage opened, String name) {
        XSSFWorkbook workbook = call(() -> new XSSFWorkbook(opened.opc()), name);
        return call(() -> new XlsxTableReader(name).read(workbook), name);
    }

    /** Runs POI code; anything but a {@link DocumentReadException} means the content is damaged. */
    private static <T> T call(PoiAction<T> action, String name) {
        try {
            return action.run();
        } catch (IOException e) {
            throw corrupted(name, e);
        } catch (RuntimeException e) {
            throw e instanceof DocumentReadException read ? read : corrupted(name, e);
        }
    }

    private static DocumentReadException corrupted(String name, Exception cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(STRICT_OOXML)) {
                return new DocumentReadException(ReadFailure.NOT_OFFICE_DOCUMENT, "Файл «" + name
                        + "» сохранен в формате «Strict Open XML», который не поддерживается; сохраните его как "
                        + "обычный документ Word (.docx) или книгу Excel (.xlsx)", cause);
            }
        }
        return new DocumentReadException(ReadFailure.CORRUPTED, "Файл «" + name
                + "» поврежден: его содержимое не удалось прочитать", cause);
    }

    /** A POI call that may fail with an I/O or runtime exception. */
    @FunctionalInterface
    private interface PoiAction<T> {
        T run() throws IOException;
    }
}
