package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Single organisations' own plans and reports in the formats offices send (.doc, .odt, .xls, .docx) uploaded over
 * HTTP to the running server: the organisation comes from the title, the rows land in its plan or report, an
 * operator cannot load another organisation's document, and a document without a period needs one chosen.
 */
class OwnDocumentImportIT {

    private static byte[] sample(String name) {
        try (InputStream in = OwnDocumentImportIT.class.getResourceAsStream("/samples/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uploads as an octet stream: the format is recognised by content, not by a media type or name. */
    private static HttpResponse<String> upload(String account, String sample, String query) {
        RegistryClient client = RegistryClient.as(account);
        return client.send(client.request("/api/imports?" + query)
                .header("Content-Type", "application/octet-stream").header("X-File-Name", sample)
                .POST(BodyPublishers.ofByteArray(sample(sample))).build());
    }

    private static HttpResponse<byte[]> download(RegistryClient client, String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(client.request(path).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject body(HttpResponse<String> response) {
        return RegistryClient.json(response).asJsonObject();
    }

    @Test
    void theOperatorOfShumyachiLoadsTheirOwnDocReportAndFindsItInTheirReport() {
        HttpResponse<String> preview = upload("shumyachi", "report-shumyachsky-2025-Q2.doc", "dryRun=true");
        assertEquals(200, preview.statusCode(), preview.body());
        JsonObject dryRun = body(preview);
        assertEquals("shumyachsky", dryRun.getJsonObject("organization").getString("code"));
        assertEquals("REPORT", dryRun.getString("kind"));
        assertEquals("MUNICIPAL", dryRun.getString("level"));
        assertEquals("2025-Q2", dryRun.getString("period"));
        assertEquals(3, dryRun.getInt("events"));
        assertTrue(dryRun.getJsonArray("submissions").isEmpty());

        HttpResponse<String> imported = upload("shumyachi", "report-shumyachsky-2025-Q2.doc", "dryRun=false");
        assertEquals(201, imported.statusCode(), imported.body());
        JsonObject report = body(imported);
        assertEquals(3, report.getInt("created") + report.getInt("updated") + report.getInt("unchanged"));
        long submission = report.getJsonArray("submissions").getJsonNumber(0).longValue();

        JsonObject page = body(RegistryClient.as("shumyachi")
                .get("/api/events?period=2025-Q2&kind=REPORT&organization=shumyachsky&size=50"));
        List<String> names = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("name")).toList();
        assertTrue(names.contains("Межмуниципальный молодежный форум «Приграничье: вместе в будущее»"), names
                .toString());
        assertEquals(3, page.getInt("total"));
        HttpResponse<String> own = RegistryClient.as("shumyachi").get("/api/submissions/" + submission);
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(own.body().contains("shumyachsky"), own.body());
    }

    @Test
    void theCoordinatorLoadsAMinistrysOdtPlan() {
        HttpResponse<String> response = upload("coordinator", "plan-culture-2026-H1.odt", "dryRun=false");
        assertEquals(201, response.statusCode(), response.body());
        JsonObject report = body(response);
        assertEquals("min_culture", report.getJsonObject("organization").getString("code"));
        assertEquals("REGIONAL", report.getString("level"));
        assertEquals("2026-H1", report.getString("period"));
        assertEquals(3, report.getInt("events"));
        assertFalse(report.getJsonArray("submissions").isEmpty());
        JsonObject page = body(RegistryClient.as("coordinator")
                .get("/api/events?period=2026-H1&kind=PLAN&organization=min_culture&size=50"));
        assertTrue(page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("name").equals("Туристическая выставка «Отдых»")), page.toString());
    }

    @Test
    void anOperatorCannotLoadAnotherOrganisationsOwnDocument() {
        HttpResponse<String> response = upload("smolensk", "report-shumyachsky-2025-Q2.doc", "dryRun=true");
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("foreign-organization"), response.body());
    }

    @Test
    void aDocumentWithoutAPeriodNeedsOneChosen() {
        HttpResponse<String> refused = upload("coordinator", "plan-velizhsky-no-period.docx", "dryRun=true");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("unknown-period"), refused.body());
        assertTrue(refused.body().contains("Выберите период"), refused.body());

        HttpResponse<String> chosen = upload("coordinator", "plan-velizhsky-no-period.docx",
                "dryRun=true&period=2026-H1");
        assertEquals(200, chosen.statusCode(), chosen.body());
        assertEquals("velizhsky", body(chosen).getJsonObject("organization").getString("code"));
        assertEquals("2026-H1", body(chosen).getString("period"));
    }

    @Test
    void anXlsTableWithTwoExtraColumnsIsLoadedWithWarnings() {
        HttpResponse<String> response = upload("coordinator", "report-smolensk-2025-Q2-extra-columns.xls",
                "dryRun=true");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject report = body(response);
        assertEquals("smolensk", report.getJsonObject("organization").getString("code"));
        assertEquals(3, report.getInt("events"));
        assertEquals(2, report.getJsonArray("warnings").getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("code").equals("extra-column")).count());
    }

    @Test
    void theRegistrysOwnExcelExportOfADocumentLoadsBackUnchanged() {
        RegistryClient coordinator = RegistryClient.as("coordinator");
        HttpResponse<byte[]> export = download(coordinator, "/api/documents/report/regional/2025-Q2.xlsx"
                + "?includeDrafts=true");
        assertEquals(200, export.statusCode());

        HttpResponse<String> response = coordinator.send(coordinator.request("/api/imports?dryRun=true")
                .header("Content-Type", "application/octet-stream").header("X-File-Name", "2025-Q2.xlsx")
                .POST(BodyPublishers.ofByteArray(export.body())).build());
        assertEquals(200, response.statusCode(), response.body());
        JsonObject report = body(response);
        assertEquals("REPORT", report.getString("kind"));
        assertEquals("REGIONAL", report.getString("level"));
        assertEquals(0, report.getInt("created") + report.getInt("updated") + report.getInt("deleted"),
                response.body());
        assertEquals(report.getInt("events"), report.getInt("unchanged"));
    }

    @Test
    void anEntryTypedOnScreenAfterTheImportIsNamedAndKeptOrReplacedOnlyAsChosen() {
        String query = "period=2031-H1&dryRun=";
        HttpResponse<String> first = upload("coordinator", "plan-velizhsky-no-period.docx", query + "false");
        assertEquals(201, first.statusCode(), first.body());
        long plan = body(first).getJsonArray("submissions").getJsonNumber(0).longValue();
        Api.addEntry("coordinator", plan, "Встреча, добавленная вручную", "май 2031 года");

        HttpResponse<String> preview = upload("coordinator", "plan-velizhsky-no-period.docx", query + "true");
        assertEquals(200, preview.statusCode(), preview.body());
        JsonObject dryRun = body(preview);
        assertTrue(dryRun.getJsonArray("warnings").getValuesAs(JsonObject.class).stream()
                .anyMatch(w -> w.getString("code").equals("hand-edits-found")
                        && w.getString("message").contains("№ 2 «Встреча, добавленная вручную»")),
                preview.body());
        List<JsonObject> rows = dryRun.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertEquals(List.of("UNCHANGED", "DELETED"), rows.stream().map(r -> r.getString("change")).toList());
        assertTrue(rows.get(1).getBoolean("typedOnScreen"));
        assertEquals(plan, dryRun.getJsonArray("existing").getJsonObject(0).getJsonNumber("submission").longValue());

        HttpResponse<String> unasked = upload("coordinator", "plan-velizhsky-no-period.docx", query + "false");
        assertEquals(422, unasked.statusCode(), unasked.body());
        assertTrue(unasked.body().contains("hand-edits-choice-required"), unasked.body());

        HttpResponse<String> kept = upload("coordinator", "plan-velizhsky-no-period.docx",
                query + "false&handEdits=keep");
        assertEquals(201, kept.statusCode(), kept.body());
        assertEquals(1, body(kept).getInt("kept"));
        assertEquals(0, body(kept).getInt("deleted"));
        assertEquals(2, entries(plan));

        HttpResponse<String> replaced = upload("coordinator", "plan-velizhsky-no-period.docx",
                query + "false&handEdits=replace");
        assertEquals(201, replaced.statusCode(), replaced.body());
        assertEquals(1, body(replaced).getInt("deleted"));
        assertEquals(1, entries(plan));
    }

    private static int entries(long submission) {
        return RegistryClient.json(RegistryClient.as("coordinator").get("/api/submissions/" + submission))
                .asJsonObject().getJsonArray("entries").size();
    }
}
