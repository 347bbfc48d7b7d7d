package ru.smolensk.registry.integration.office.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
 * Recognises the container by content and opens it: rejects what is not an Office Open XML package (random
 * bytes, PDF, legacy binary Office files), password-protected files, truncated or damaged archives and zip
 * bombs, each with its own {@link ReadFailure}.
 */
final class PackageOpener {

    /** POI's own default; an entry may not inflate more than 100 times. */
    private static final double MIN_INFLATE_RATIO = 0.01;
    /** No single part of a plan or report comes anywhere near this. */
    private static final long MAX_ENTRY_SIZE = 512L * 1024 * 1024;

    private static final String WORD_MAIN = "word/document.xml";
    private static final String EXCEL_MAIN = "xl/workbook.xml";
    private static final String EXCEL_BINARY = "xl/workbook.bin";
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
            case OLE2 -> throw rejectCompoundFile(data, fileName);
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
            return new OpenedPackage(format, OPCPackage.open(source));
        } catch (DocumentReadException e) {
            closeQuietly(source);
            throw e;
        } catch (InvalidFormatException | RuntimeException e) {
            closeQuietly(source);
            throw translate(e, fileName);
        }
    }

    private static SourceFormat detect(ZipInputStreamZipEntrySource source, String fileName) {
        boolean word = false;
        boolean excel = false;
        boolean excelBinary = false;
        Enumeration<? extends ZipArchiveEntry> entries = source.getEntries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            word |= WORD_MAIN.equalsIgnoreCase(name);
            excel |= EXCEL_MAIN.equalsIgnoreCase(name);
            excelBinary |= EXCEL_BINARY.equalsIgnoreCase(name);
        }
        if (word) {
            return SourceFormat.DOCX;
        }
        if (excel) {
            return SourceFormat.XLSX;
        }
        throw notOffice(fileName, excelBinary
                ? "это двоичная книга Excel (.xlsb); сохраните ее в формате .xlsx"
                : "архив не содержит ни документа Word, ни книги Excel");
    }

    private static DocumentReadException rejectCompoundFile(byte[] data, String fileName) {
        boolean encrypted;
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(data))) {
            DirectoryNode root = fs.getRoot();
            encrypted = root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage");
            if (encrypted) {
                confirmEncryption(fs);
            }
        } catch (IOException | RuntimeException e) {
            return new DocumentReadException(ReadFailure.CORRUPTED, "Файл «" + fileName
                    + "» поврежден: его не удалось открыть", e);
        }
        if (encrypted) {
            return new DocumentReadException(ReadFailure.ENCRYPTED, "Файл «" + fileName
                    + "» защищен паролем. Снимите защиту паролем и загрузите файл снова");
        }
        return notOffice(fileName, "он сохранен в старом формате Word или Excel (.doc, .xls); "
                + "сохраните его в формате .docx или .xlsx и загрузите снова");
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

    private static DocumentReadException notOffice(String fileName, String why) {
        return new DocumentReadException(ReadFailure.NOT_OFFICE_DOCUMENT, "Файл «" + fileName
                + "» не является документом Word (.docx) или книгой Excel (.xlsx): " + why);
    }

    private static String describe(FileMagic magic) {
        return switch (magic) {
            case PDF -> "это файл PDF";
            case RTF -> "это документ RTF; сохраните его в формате .docx";
            case HTML, XML -> "это файл HTML или XML; сохраните его в формате .docx или .xlsx";
            case JPEG, GIF, PNG, TIFF, BMP, WMF, EMF -> "это изображение";
            case BIFF2, BIFF3, BIFF4, WORD2, MSWRITE -> "он сохранен в устаревшем формате; сохраните его в "
                    + "формате .docx или .xlsx";
            default -> "формат файла не распознан";
        };
    }

    private static void closeQuietly(ZipInputStreamZipEntrySource source) {
        try {
            source.close();
        } catch (IOException e) {
            // Nothing is left to release that matters: the data lives in memory.
        }
    }
}
