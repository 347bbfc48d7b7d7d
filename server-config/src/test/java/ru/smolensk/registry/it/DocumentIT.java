package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ru.smolensk.registry.integration.office.OfficialDocument;
import ru.smolensk.registry.integration.office.OfficialSection;
import ru.smolensk.registry.integration.office.read.OfficialDocumentReader;
import ru.smolensk.registry.integration.office.read.ReadResult;

/** Official documents downloaded from the running server and read back with the official reader. */
class DocumentIT {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static HttpResponse<byte[]> download(RegistryClient client, String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(client.request(path).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ReadResult read(byte[] docx) {
        return new OfficialDocumentReader().read(new ByteArrayInputStream(docx), "download.docx");
    }

    static Stream<JsonObject> approvedFixtures() {
        return Fixtures.manifest().stream().filter(f -> !f.getString("file").equals("plan-municipal-2026-H1.docx"));
    }

    @ParameterizedTest
    @MethodSource("approvedFixtures")
    void theConsolidatedDocumentHoldsTheApprovedDemoDataInTheOfficialOrder(JsonObject fixture) {
        String path = "/api/documents/" + fixture.getString("kind").toLowerCase() + "/"
                + fixture.getString("level").toLowerCase() + "/" + fixture.getString("period") + ".docx";
        HttpResponse<byte[]> response = download(RegistryClient.as("coordinator"), path);
        assertEquals(200, response.statusCode(), new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(DOCX, response.headers().firstValue("Content-Type").orElse(""));
        OfficialDocument doc = read(response.body()).document();
        assertEquals(fixture.getString("period"), doc.period().code());
        assertEquals(fixture.getInt("events"), doc.rowCount());
        List<String> expected = fixture.getJsonArray("sections").getValuesAs(JsonString::getString);
        List<String> actual = doc.sections().stream().map(OfficialSection::title)
                .map(t -> t.strip().replaceAll("\\s+", " ")).toList();
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
        assertEquals("1.", doc.sections().get(0).rows().get(0).number().strip());
    }

    @Test
    void theRegionalReportKeepsItsNote() {
        HttpResponse<byte[]> response = download(RegistryClient.as("culture"),
                "/api/documents/report/regional/2025-Q2.docx");
        assertEquals(200, response.statusCode());
        assertTrue(read(response.body()).document().note().contains("9 встреч"));
    }

    @Test
    void draftsAreOnlyInTheCoordinatorsPreview() {
        HttpResponse<byte[]> official = download(RegistryClient.as("coordinator"),
                "/api/documents/plan/municipal/2026-H1.docx");
        assertEquals(200, official.statusCode());
        assertEquals("0", official.headers().firstValue("X-Document-Events").orElse(""));
        HttpResponse<byte[]> preview = download(RegistryClient.as("coordinator"),
                "/api/documents/plan/municipal/2026-H1.docx?includeDrafts=true");
        assertEquals(200, preview.statusCode());
        assertEquals("true", preview.headers().firstValue("X-Document-Draft").orElse(""));
        assertEquals(43, read(preview.body()).document().rowCount());
        assertEquals(403, download(RegistryClient.as("smolensk"),
                "/api/documents/plan/municipal/2026-H1.docx?includeDrafts=true").statusCode());
    }

    @Test
    void anOrganisationDownloadsItsOwnDocumentOnly() {
        HttpResponse<byte[]> own = download(RegistryClient.as("smolensk"),
                "/api/documents/plan/2026-H1/organizations/smolensk.docx");
        assertEquals(200, own.statusCode());
        assertTrue(read(own.body()).document().rowCount() > 0);
        assertEquals(404, download(RegistryClient.as("shumyachi"),
                "/api/documents/plan/2026-H1/organizations/smolensk.docx").statusCode());
    }

    @Test
    void theExcelExportIsAWorkbook() {
        HttpResponse<byte[]> response = download(RegistryClient.as("coordinator"),
                "/api/documents/report/municipal/2025-Q4.xlsx");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
        assertEquals('P', (char) response.body()[0]);
        assertEquals('K', (char) response.body()[1]);
    }

    @Test
    void aPeriodWithoutDataIsAValidDocumentThatSaysSo() {
        HttpResponse<byte[]> response = download(RegistryClient.as("coordinator"),
                "/api/documents/report/regional/2031-Q1.docx");
        assertEquals(200, response.statusCode());
        assertEquals("0", response.headers().firstValue("X-Document-Events").orElse(""));
        assertTrue(response.body().length > 1000);
    }

    @Test
    void unknownKindLevelOrPeriodIsNotFoundWithAClearMessage() {
        for (String path : List.of("/api/documents/budget/regional/2025-Q2.docx",
                "/api/documents/report/federal/2025-Q2.docx", "/api/documents/report/regional/2025-Q9.docx",
                "/api/documents/report/regional/2025-H1.docx", "/api/documents/report/regional/2025-Q2.pdf")) {
            HttpResponse<String> response = RegistryClient.as("coordinator").get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(RegistryClient.json(response).asJsonObject().getString("detail").matches(".*[а-я].*"), path);
        }
    }
}
