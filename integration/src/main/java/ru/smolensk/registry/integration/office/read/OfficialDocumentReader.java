package ru.smolensk.registry.integration.office.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads an official plan or report of international events from a Word (.docx, .doc), OpenDocument (.odt) or
 * Excel (.xlsx, .xls) file into the neutral {@link ru.smolensk.registry.integration.office.OfficialDocument} model.
 *
 * <p>The format is recognised by content, not by the file name, and the same limits (size, zip bomb, password)
 * apply to each. Kind, level and period come from the title (word processors: the paragraphs before the table;
 * Excel: the cells above the header row or the columns «Вид документа», «Уровень», «Период»); level and period are
 * null when the title does not tell them (one organisation's own document names the organisation instead, which
 * the import matches). The columns are identified by their header text; columns that are not official ones are
 * kept per row as extra columns; merged single-cell rows start sections; numbered rows are events with every cell
 * kept verbatim. Either a complete {@link ReadResult} is returned or a
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
            return switch (opened.format()) {
                case DOCX -> readWord(opened.format(), name, () -> DocxBody.of(new XWPFDocument(opened.opc())));
                case DOC -> readWord(opened.format(), name, () -> DocBody.of(openDoc(opened, name)));
                case ODT -> readWord(opened.format(), name, () -> OdtBody.read(opened.data()));
                case XLSX -> readExcel(opened.format(), name, () -> new XSSFWorkbook(opened.opc()));
                case XLS -> readExcel(opened.format(), name, () -> new HSSFWorkbook(opened.compound()));
            };
        }
    }

    private static ReadResult readWord(SourceFormat format, String name, PoiAction<List<WordBlock>> body) {
        List<WordBlock> blocks = call(body, name);
        return call(() -> new WordTableReader(name, format).read(blocks), name);
    }

    private static ReadResult readExcel(SourceFormat format, String name, PoiAction<Workbook> open) {
        Workbook workbook = call(open, name);
        return call(() -> new XlsxTableReader(name, format).read(workbook), name);
    }

    private static HWPFDocument openDoc(OpenedPackage opened, String name) throws IOException {
        try {
            return new HWPFDocument(opened.compound());
        } catch (OldWordFileFormatException e) {
            throw PackageOpener.notOffice(name, "он сохранен в устаревшем формате Word 6.0/95; сохраните его в "
                    + "формате .docx или .doc");
        }
    }

    /** Runs POI code; anything but a {@link DocumentReadException} means the content is damaged. */
    private static <T> T call(PoiAction<T> action, String name) {
        try {
            return action.run();
        } catch (EncryptedDocumentException e) {
            throw PackageOpener.encrypted(name);
        } catch (DocumentReadException e) {
            throw e;
        } catch (Exception e) {
            throw corrupted(name, e);
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

    /** A library call that may fail with any exception (the OpenDocument library declares {@code Exception}). */
    @FunctionalInterface
    private interface PoiAction<T> {
        T run() throws Exception;
    }
}
