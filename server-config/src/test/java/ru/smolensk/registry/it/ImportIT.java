package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Import of the customer's sample documents through the REST API of the running server. */
class ImportIT {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static Stream<JsonObject> fixtures() {
        return Fixtures.manifest().stream();
    }

    private static HttpResponse<String> upload(RegistryClient client, byte[] body, boolean dryRun) {
        return client.send(client.request("/api/imports?dryRun=" + dryRun).header("Content-Type", DOCX)
                .header("X-File-Name", "test.docx").POST(BodyPublishers.ofByteArray(body)).build());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void aDryRunRecognisesEveryFixtureAndWritesNothing(JsonObject fixture) {
        HttpResponse<String> response = upload(RegistryClient.as("coordinator"),
                Fixtures.bytes(fixture.getString("file")), true);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject report = RegistryClient.json(response).asJsonObject();
        assertEquals(fixture.getString("kind"), report.getString("kind"));
        assertEquals(fixture.getString("level"), report.getString("level"));
        assertEquals(fixture.getString("period"), report.getString("period"));
        assertEquals(fixture.getInt("events"), report.getInt("events"));
        assertFalse(report.getBoolean("applied"));
        assertTrue(report.getJsonArray("errors").isEmpty(), report.getJsonArray("errors").toString());
        List<String> expectedSections = fixture.getJsonArray("sections").getValuesAs(JsonString::getString);
        List<JsonObject> sections = report.getJsonArray("sections").getValuesAs(JsonObject.class);
        assertEquals(expectedSections,
                sections.stream().map(s -> s.getString("title").strip().replaceAll("\\s+", " ")).toList());
        String matchedBy = "MUNICIPAL".equals(fixture.getString("level")) ? "organization" : "sphere";
        sections.forEach(s -> assertNotNull(s.get(matchedBy) == JsonValue.NULL ? null : s.get(matchedBy),
                "unmatched section " + s.getString("title")));
        assertEquals(fixture.getInt("events"), sections.stream().mapToInt(s -> s.getInt("events")).sum());
    }

    @Test
    void reimportingTheSameDocumentChangesNothing() {
        HttpResponse<String> response = upload(RegistryClient.as("coordinator"),
                Fixtures.bytes("report-municipal-2025-Q4.docx"), false);
        assertEquals(201, response.statusCode(), response.body());
        JsonObject report = RegistryClient.json(response).asJsonObject();
        assertEquals(0, report.getInt("created"));
        assertEquals(0, report.getInt("updated"));
        assertEquals(0, report.getInt("deleted"));
        assertEquals(61, report.getInt("unchanged"));
    }

    @Test
    void theImportedReportIsListedWithNormalizedDates() {
        HttpResponse<String> response = RegistryClient.as("coordinator")
                .get("/api/events?period=2025-Q4&kind=REPORT&level=MUNICIPAL&size=100");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject page = RegistryClient.json(response).asJsonObject();
        assertEquals(61, page.getInt("total"));
        JsonObject first = page.getJsonArray("items").getJsonObject(0);
        assertEquals("smolensk", first.getJsonObject("organization").getString("code"));
        JsonObject dates = first.getJsonObject("dates");
        assertFalse(dates.getString("text").isBlank());
        assertTrue(page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonObject("dates").get("start") != JsonValue.NULL).count() > 55);
    }

    @Test
    void anOperatorImportsOnlyTheirOwnOrganisationsSections() {
        HttpResponse<String> response = upload(RegistryClient.as("smolensk"),
                Fixtures.bytes("plan-municipal-2026-H1.docx"), true);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject report = RegistryClient.json(response).asJsonObject();
        int own = report.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonObject("organization").getString("code").equals("smolensk"))
                .mapToInt(s -> s.getInt("events")).sum();
        assertEquals(own, report.getInt("created") + report.getInt("updated") + report.getInt("unchanged"));
        assertTrue(report.getJsonArray("warnings").getValuesAs(JsonObject.class).stream()
                .anyMatch(w -> w.getString("code").equals("foreign-section")));
    }

    @Test
    void operatorsSeeOtherOrganisationsDraftsNowhere() {
        JsonObject page = RegistryClient.json(RegistryClient.as("shumyachi")
                .get("/api/events?period=2026-H1&kind=PLAN&size=500")).asJsonObject();
        assertTrue(page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(e -> e.getJsonObject("organization").getString("code").equals("shumyachsky")
                        || e.getString("status").equals("APPROVED")));
        assertTrue(page.getInt("total") > 0);
    }

    @Test
    void aFileThatIsNotAnOfficeDocumentIsRefusedWithoutWriting() {
        HttpResponse<String> response = upload(RegistryClient.as("coordinator"),
                "это не документ".getBytes(java.nio.charset.StandardCharsets.UTF_8), false);
        assertEquals(415, response.statusCode(), response.body());
        JsonObject problem = RegistryClient.json(response).asJsonObject();
        assertEquals("not-office-document", problem.getString("code"));
        assertTrue(problem.getString("detail").matches(".*[а-я].*"));
    }

    @Test
    void aFormWithoutItsFilePartIsRefusedNamingTheField() {
        MultipartForm form = MultipartForm.withFile("document", "plan.docx", DOCX,
                "не то поле".getBytes(StandardCharsets.UTF_8));
        RegistryClient coordinator = RegistryClient.as("coordinator");
        HttpResponse<String> response = coordinator.send(coordinator.request("/api/imports?dryRun=false")
                .header("Content-Type", form.contentType()).POST(form.publisher()).build());
        assertEquals(400, response.statusCode(), response.body());
        JsonObject problem = RegistryClient.json(response).asJsonObject();
        JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
        assertEquals("file", error.getString("field"));
        assertEquals("В форме нет поля «file» с файлом документа", error.getString("message"));
    }

    @Test
    void aTruncatedDocumentIsRefused() {
        byte[] docx = Fixtures.bytes("plan-regional-2026-H2.docx");
        byte[] truncated = java.util.Arrays.copyOf(docx, docx.length / 2);
        HttpResponse<String> response = upload(RegistryClient.as("coordinator"), truncated, false);
        assertTrue(response.statusCode() == 422 || response.statusCode() == 415, response.body());
    }

    @Test
    void aFileAboveTheSizeLimitIsRefused() {
        HttpResponse<String> response = upload(RegistryClient.as("coordinator"), new byte[21 * 1024 * 1024], false);
        assertEquals(413, response.statusCode(), response.body());
    }

    @Test
    void onlyCoordinatorsAndOperatorsImport() {
        assertEquals(403, upload(RegistryClient.as("federal"), Fixtures.bytes("plan-regional-2026-H2.docx"), true)
                .statusCode());
        assertEquals(401, upload(RegistryClient.anonymous(), Fixtures.bytes("plan-regional-2026-H2.docx"), true)
                .statusCode());
    }
}
