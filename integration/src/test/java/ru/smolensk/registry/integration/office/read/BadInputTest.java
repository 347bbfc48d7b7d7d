package ru.smolensk.registry.integration.office.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.integration.office.OfficialHeaders;

/** Every kind of unreadable input ends in its own {@link DocumentReadException} code. */
class BadInputTest {

    private static final String FIXTURE = "plan-municipal-2026-H1.docx";

    private final OfficialDocumentReader reader = new OfficialDocumentReader();

    private DocumentReadException failure(byte[] data) {
        return failure(reader, data);
    }

    private static DocumentReadException failure(OfficialDocumentReader reader, byte[] data) {
        DocumentReadException e = assertThrows(DocumentReadException.class,
                () -> reader.read(new ByteArrayInputStream(data), "bad.docx"));
        assertFalse(e.getMessage().isBlank());
        assertTrue(
                e.getMessage().chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC),
                e.getMessage());
        return e;
    }

    @Test
    void randomBytesAreNotAnOfficeDocument() {
        byte[] data = new byte[4096];
        new Random(42).nextBytes(data);
        data[0] = 'x';

        assertEquals("not-office-document", failure(data).code());
    }

    @Test
    void emptyFilePdfAndLegacyFormatsAreNotOfficeDocuments() throws IOException {
        assertEquals("not-office-document", failure(new byte[0]).code());
        assertEquals("not-office-document", failure("%PDF-1.4\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1))
                .code());
        try (HSSFWorkbook xls = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            xls.createSheet();
            xls.write(out);
            DocumentReadException e = failure(out.toByteArray());
            assertEquals("no-table", e.code(), "an Excel 97-2003 workbook is read; this one is empty");
        }
    }

    @Test
    void aZipWithoutWordOrExcelContentIsNotAnOfficeDocument() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertEquals("not-office-document", failure(out.toByteArray()).code());
    }

    @Test
    void truncatedDocxIsCorrupted() {
        byte[] docx = FixtureManifest.bytes(FIXTURE);

        assertEquals("corrupted", failure(Arrays.copyOf(docx, docx.length / 2)).code());
        assertEquals("corrupted", failure(Arrays.copyOf(docx, docx.length - 30)).code());
    }

    @Test
    void damagedXmlInsideAWellFormedZipIsCorrupted() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            copyEntries(FixtureManifest.bytes(FIXTURE), zip, "word/document.xml");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"urn:x\"><w:body><w:p>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertEquals("corrupted", failure(out.toByteArray()).code());
    }

    @Test
    void passwordProtectedDocxIsEncrypted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("пароль");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(FixtureManifest.bytes(FIXTURE)));
                    OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(out);
        }

        assertEquals("encrypted", failure(out.toByteArray()).code());
    }

    @Test
    void highlyCompressibleHugeEntryIsAZipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertTrue(bomb.length < 1024 * 1024, "the bomb itself is small: " + bomb.length);

        DocumentReadException e = failure(bomb);
        assertEquals("zip-bomb", e.code());
        assertTrue(causeMentions(e, "Zip bomb"), "POI's ZipSecureFile guard fired");
    }

    @Test
    void contentInflatingBeyondTheTotalLimitIsAZipBomb() {
        OfficialDocumentReader strict = new OfficialDocumentReader(new ReaderLimits(1024 * 1024, 100_000));

        DocumentReadException e = failure(strict, FixtureManifest.bytes(FIXTURE));
        assertEquals("zip-bomb", e.code());
        assertTrue(causeMentions(e, "100000 bytes"), "the reader's own total limit fired");
    }

    @Test
    void fileAboveTheByteLimitIsTooLarge() {
        OfficialDocumentReader small = new OfficialDocumentReader(10_000);

        assertEquals("too-large", failure(small, FixtureManifest.bytes(FIXTURE)).code());
    }

    @Test
    void anEndlessStreamStopsAtTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'P';
            }

            @Override
            public int available() {
                return 1;
            }
        };
        DocumentReadException e = assertThrows(DocumentReadException.class,
                () -> new OfficialDocumentReader(1024 * 1024).read(endless, "endless.docx"));

        assertEquals("too-large", e.code());
        assertTrue(e.getMessage().contains("1 МБ"), e.getMessage());
    }

    @Test
    void docxWithoutATableHasNoTable() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(TestWord.PLAN_TITLE_1 + " " + TestWord.PLAN_TITLE_2);
            document.createParagraph().createRun().setText("Мероприятия не планируются");
            document.write(out);

            assertEquals("no-table", failure(out.toByteArray()).code());
        }
    }

    @Test
    void docxWithAWrongHeaderHasAnUnknownHeader() {
        TestWord word = new TestWord().paragraph(TestWord.PLAN_TITLE_1 + " " + TestWord.PLAN_TITLE_2)
                .table("№", "Что", "Где", "Когда", "Зачем", "Кто")
                .row("1.", "Концерт", "Смоленск", "март", "дружба", "дети");

        DocumentReadException e = failure(word.bytes());
        assertEquals("unknown-header", e.code());
    }

    @Test
    void docxWithAnIncompleteHeaderHasAnUnknownHeader() {
        TestWord word = new TestWord().paragraph(TestWord.PLAN_TITLE_1 + " " + TestWord.PLAN_TITLE_2)
                .table("№ п/п", "Наименование мероприятия", "Место проведения", "Сроки проведения",
                        "Участники мероприятия")
                .row("1.", "Концерт", "Смоленск", "март", "дети");

        DocumentReadException e = failure(word.bytes());
        assertEquals("unknown-header", e.code());
        assertTrue(e.getMessage().contains("«Описание мероприятия»"), e.getMessage());
    }

    @Test
    void reportHeaderUnderAPlanTitleHasAnUnknownHeader() {
        TestWord word = new TestWord().paragraph(TestWord.PLAN_TITLE_1 + " " + TestWord.PLAN_TITLE_2)
                .table(OfficialHeaders.row(DocumentKind.REPORT))
                .row("1.", "Концерт", "Смоленск", "март", "Проведен", "дети");

        DocumentReadException e = failure(word.bytes());
        assertEquals("unknown-header", e.code());
        assertTrue(e.getMessage().contains("как в отчете"), e.getMessage());
    }

    @Test
    void aTitleWithoutKindTakesTheKindFromTheColumns() {
        TestWord word = new TestWord().paragraph("Мероприятия муниципальных образований на I полугодие 2026 года")
                .table(OfficialHeaders.row(DocumentKind.PLAN)).section("Город Смоленск")
                .row("1.", "Форум", "г. Смоленск", "март 2026 года", "Описание", "Цель", "Участники");

        assertEquals(DocumentKind.PLAN, reader.read(new ByteArrayInputStream(word.bytes()), "plan.docx").document()
                .kind());
    }

    @Test
    void aTableWhoseColumnsMatchNeitherKindHasAnUnknownKind() {
        TestWord word = new TestWord().paragraph("Мероприятия муниципальных образований на I полугодие 2026 года")
                .table(List.of("№ п/п", "Наименование мероприятия", "Место проведения", "Сроки проведения",
                        "Участники мероприятия"));

        assertEquals("unknown-kind", failure(word.bytes()).code());
    }

    @Test
    void aTitleWithoutLevelOrPeriodLeavesThemToTheImport() {
        TestWord word = new TestWord().paragraph("План международных мероприятий")
                .table(OfficialHeaders.row(DocumentKind.PLAN))
                .row("1.", "Форум", "г. Смоленск", "март 2026 года", "Описание", "Цель", "Участники");
        ReadResult result = reader.read(new ByteArrayInputStream(word.bytes()), "plan.docx");

        assertNull(result.document().level());
        assertNull(result.document().period());
        assertEquals("План международных мероприятий", result.title());
        assertEquals(1, result.document().rowCount());
    }

    @Test
    void planForAQuarterHasAnUnknownPeriod() {
        TestWord word = new TestWord()
                .paragraph("План международных мероприятий муниципальных образований на IV квартал 2026 года")
                .table(OfficialHeaders.row(DocumentKind.PLAN));

        assertEquals("unknown-period", failure(word.bytes()).code());
    }

    private static boolean causeMentions(Throwable e, String text) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static void copyEntries(byte[] zipBytes, ZipOutputStream out, String except) throws IOException {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (!entry.getName().equals(except)) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
    }
}
