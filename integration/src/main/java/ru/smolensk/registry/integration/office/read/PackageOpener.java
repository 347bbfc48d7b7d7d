package ru.smolensk.registry.integration.office.read;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Locale;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Recognises the container by content and opens it: Office Open XML packages (.docx, .xlsx), OLE2 compound files
 * (.doc, .xls) and OpenDocument text (.odt). Rejects anything else (random bytes, PDF, other OpenDocument or Office
 * files), password-protected files of every format, truncated or damaged archives and zip bombs, each with its own
 * {@link ReadFailure}.
 */
final class PackageOpener {

    /** POI's own default; an entry may not inflate more than 100 times. */
    private static final double MIN_INFLATE_RATIO = 0.01;
    /** No single part of a plan or report comes anywhere near this. */
    private static final long MAX_ENTRY_SIZE = 512L * 1024 * 1024;

    private static final String WORD_MAIN = "word/document.xml";
    private static final String EXCEL_MAIN = "xl/workbook.xml";
    private static final String EXCEL_BINARY = "xl/workbook.bin";
    private static final String ODF_MIMETYPE = "mimetype";
    private static final String ODF_MANIFEST = "META-INF/manifest.xml";
    private static final String ODF_MIMETYPE_PREFIX = "application/vnd.oasis.opendocument.";
    private static final String ODT_MIMETYPE = ODF_MIMETYPE_PREFIX + "text";
    private static final String WORD_STREAM = "WordDocument";
    private static final String EXCEL_STREAM = "Workbook";
    private static final String EXCEL_5_STREAM = "Book";
    private static final int END_RECORD_SIZE = 22;
    private static final int MAX_ZIP_COMMENT = 0xFFFF;

    static {
        // ZipSecureFile's limits are JVM-wide: only ever tighten them, never loosen what someone else set.
        if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
        if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_SIZE) {
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        }
    }

    private final ReaderLimits limits;

    PackageOpener(ReaderLimits limits) {
        this.limits = limits;
    }

    /**
     * Opens the bytes as a Word document or Excel workbook.
     *
     * @throws DocumentReadException {@code not-office-document}, {@code encrypted}, {@code corrupted} or
     *             {@code zip-bomb}
     */
    OpenedPackage open(byte[] data, String fileName) {
        if (data.length == 0) {
            throw new DocumentReadException(ReadFailure.NOT_OFFICE_DOCUMENT, "Файл «" + fileName + "» пуст");
        }
        FileMagic magic = FileMagic.valueOf(data);
        return switch (magic) {
            case OOXML -> openZip(data, fileName);
            case OLE2 -> openCompound(data, fileName);
            default -> throw notOffice(fileName, describe(magic));
        };
    }

    private OpenedPackage openZip(byte[] data, String fileName) {
        if (!hasEndRecord(data)) {
            throw new DocumentReadException(ReadFailure.CORRUPTED, "Файл «" + fileName
                    + "» загружен не полностью или поврежден: архив обрезан");
        }
        ZipInputStreamZipEntrySource source;
        try {
            source = new ZipInputStreamZipEntrySource(
                    new UnpackLimitStream(new ByteArrayInputStream(data), limits.maxUnpackedBytes()));
        } catch (IOException | RuntimeException e) {
            throw translate(e, fileName);
        }
        try {
            SourceFormat format = detect(source, fileName);
            if (format == SourceFormat.ODT) {
                // Every entry was inflated within the limits above; the OpenDocument library reads the bytes anew.
                closeQuietly(source);
                return OpenedPackage.openDocument(data);
            }
            return OpenedPackage.ooxml(format, OPCPackage.open(source));
        } catch (DocumentReadException e) {
            closeQuietly(source);
            throw e;
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            closeQuietly(source);
            throw translate(e, fileName);
        }
    }

    private static SourceFormat detect(ZipInputStreamZipEntrySource source, String fileName) throws IOException {
        boolean word = false;
        boolean excel = false;
        boolean excelBinary = false;
        ZipArchiveEntry mimetype = null;
        ZipArchiveEntry manifest = null;
        Enumeration<? extends ZipArchiveEntry> entries = source.getEntries();
        while (entries.hasMoreElements()) {
            ZipArchiveEntry entry = entries.nextElement();
            String name = entry.getName();
            word |= WORD_MAIN.equalsIgnoreCase(name);
            excel |= EXCEL_MAIN.equalsIgnoreCase(name);
            excelBinary |= EXCEL_BINARY.equalsIgnoreCase(name);
            if (ODF_MIMETYPE.equals(name)) {
                mimetype = entry;
            } else if (ODF_MANIFEST.equals(name)) {
                manifest = entry;
            }
        }
        if (word) {
            return SourceFormat.DOCX;
        }
        if (excel) {
            return SourceFormat.XLSX;
        }
        if (mimetype != null) {
            return openDocumentFormat(entryText(source, mimetype).strip(), manifest == null
                    ? ""
                    : entryText(source, manifest), fileName);
        }
        throw notOffice(fileName, excelBinary
                ? "это двоичная книга Excel (.xlsb); сохраните ее в формате .xlsx"
                : "архив не содержит ни документа Word, ни документа OpenDocument, ни книги Excel");
    }

    private static SourceFormat openDocumentFormat(String mimetype, String manifest, String fileName) {
        if (!ODT_MIMETYPE.equals(mimetype)) {
            throw notOffice(fileName, mimetype.startsWith(ODF_MIMETYPE_PREFIX + "spreadsheet")
                    ? "это таблица OpenDocument (.ods); сохраните ее в формате .xlsx"
                    : "это документ OpenDocument другого вида (" + mimetype + "); сохраните таблицу в формате "
                            + ".odt, .docx или .xlsx");
        }
        if (manifest.contains("encryption-data")) {
            throw encrypted(fileName);
        }
        return SourceFormat.ODT;
    }

    private static String entryText(ZipInputStreamZipEntrySource source, ZipArchiveEntry entry) throws IOException {
        try (InputStream in = source.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** An OLE2 compound file: a Word 97–2003 document, an Excel 97–2003 workbook or an encrypted Office file. */
    private static OpenedPackage openCompound(byte[] data, String fileName) {
        POIFSFileSystem fs;
        boolean encrypted;
        try {
            fs = new POIFSFileSystem(new ByteArrayInputStream(data));
            DirectoryNode root = fs.getRoot();
            encrypted = root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage");
            if (encrypted) {
                confirmEncryption(fs);
            }
        } catch (IOException | RuntimeException e) {
            throw new DocumentReadException(ReadFailure.CORRUPTED, "Файл «" + fileName
                    + "» поврежден: его не удалось открыть", e);
        }
        DirectoryNode root = fs.getRoot();
        SourceFormat format = root.hasEntry(WORD_STREAM)
                ? SourceFormat.DOC
                : root.hasEntry(EXCEL_STREAM) || root.hasEntry(EXCEL_5_STREAM) ? SourceFormat.XLS : null;
        if (encrypted || format == null) {
            closeQuietly(fs);
            throw encrypted
                    ? encrypted(fileName)
                    : notOffice(fileName, "это файл Microsoft Office другого вида (не документ Word и не книга Excel)");
        }
        return OpenedPackage.compound(format, fs);
    }

    /** The message for a password-protected file of any format. */
    static DocumentReadException encrypted(String fileName) {
        return new DocumentReadException(ReadFailure.ENCRYPTED, "Файл «" + fileName
                + "» защищен паролем. Снимите защиту паролем и загрузите файл снова");
    }

    /** Reads the encryption header; a damaged header still means the file is encrypted. */
    private static void confirmEncryption(POIFSFileSystem fs) {
        try {
            new EncryptionInfo(fs).getEncryptionMode();
        } catch (IOException | RuntimeException e) {
            // The EncryptionInfo stream is present; the file is encrypted whether or not its header parses.
        }
    }

    private static DocumentReadException translate(Throwable e, String fileName) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnpackLimitStream.LimitExceededException || isPoiBombMessage(t.getMessage())) {
                return new DocumentReadException(ReadFailure.ZIP_BOMB, "Файл «" + fileName
                        + "» отклонен: после распаковки он занимает подозрительно много места (похоже на "
                        + "«zip-бомбу»)", e);
            }
        }
        return new DocumentReadException(ReadFailure.CORRUPTED, "Файл «" + fileName
                + "» поврежден или загружен не полностью: его не удалось открыть", e);
    }

    private static boolean isPoiBombMessage(String message) {
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("zip bomb") || lower.contains("potentially malicious");
    }

    /** Whether the zip's end-of-central-directory record is present, i.e. the archive is not cut short. */
    private static boolean hasEndRecord(byte[] data) {
        int lowest = Math.max(0, data.length - END_RECORD_SIZE - MAX_ZIP_COMMENT);
        for (int i = data.length - END_RECORD_SIZE; i >= lowest; i--) {
            if (data[i] == 'P' && data[i + 1] == 'K' && data[i + 2] == 5 && data[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    static DocumentReadException notOffice(String fileName, String why) {
        return new DocumentReadException(ReadFailure.NOT_OFFICE_DOCUMENT, "Файл «" + fileName
                + "» не является документом Word (.docx, .doc), документом OpenDocument (.odt) или книгой Excel "
                + "(.xlsx, .xls): " + why);
    }

    private static String describe(FileMagic magic) {
        return switch (magic) {
            case PDF -> "это файл PDF";
            case RTF -> "это документ RTF; сохраните его в формате .docx";
            case HTML, XML -> "это файл HTML или XML; сохраните его в формате .docx или .xlsx";
            case JPEG, GIF, PNG, TIFF, BMP, WMF, EMF -> "это изображение";
            case BIFF2, BIFF3, BIFF4, WORD2, MSWRITE -> "он сохранен в устаревшем формате (до Office 97); "
                    + "сохраните его в формате .docx или .xlsx";
            default -> "формат файла не распознан";
        };
    }

    private static void closeQuietly(Closeable source) {
        try {
            source.close();
        } catch (IOException e) {
            // Nothing is left to release that matters: the data lives in memory.
        }
    }
}
