package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.integration.office.OfficialDocument;
import ru.smolensk.registry.integration.office.OfficialRow;
import ru.smolensk.registry.integration.office.OfficialSection;
import ru.smolensk.registry.integration.office.read.OfficialDocumentReader;
import ru.smolensk.registry.integration.office.write.OfficialDocumentWriter;

/** A corrected version of an imported document updates the changed row in place and nothing else. */
class CorrectedImportIT {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static JsonObject upload(RegistryClient client, byte[] body) {
        HttpResponse<String> response = client.send(client.request("/api/imports").header("Content-Type", DOCX)
                .header("X-File-Name", "corrected.docx").POST(BodyPublishers.ofByteArray(body)).build());
        assertEquals(201, response.statusCode(), response.body());
        return RegistryClient.json(response).asJsonObject();
    }

    @Test
    void aCorrectedCellUpdatesOneRowAndTheOriginalRestoresIt() throws IOException {
        byte[] original = Fixtures.bytes("plan-municipal-2026-H1.docx");
        OfficialDocument doc = new OfficialDocumentReader().read(new ByteArrayInputStream(original), "plan.docx")
                .document();
        byte[] corrected = write(withCorrectedPlace(doc, "г. Шумячи, Дом культуры <исправлено> '; --"));
        byte[] rewrittenOriginal = write(doc);

        RegistryClient operator = RegistryClient.as("shumyachi");
        upload(operator, rewrittenOriginal);
        JsonObject report = upload(operator, corrected);
        assertEquals(1, report.getInt("updated"), report.toString());
        assertEquals(0, report.getInt("created"));
        assertEquals(0, report.getInt("deleted"));

        JsonObject events = RegistryClient.json(operator.get(
                "/api/events?period=2026-H1&kind=PLAN&organization=shumyachsky&q=исправлено")).asJsonObject();
        assertEquals(1, events.getInt("total"));
        assertEquals("г. Шумячи, Дом культуры <исправлено> '; --",
                events.getJsonArray("items").getJsonObject(0).getString("place"));

        JsonObject restored = upload(operator, rewrittenOriginal);
        assertEquals(1, restored.getInt("updated"));
    }

    private static OfficialDocument withCorrectedPlace(OfficialDocument doc, String place) {
        List<OfficialSection> sections = new ArrayList<>();
        for (OfficialSection s : doc.sections()) {
            List<OfficialRow> rows = new ArrayList<>(s.rows());
            if (s.title().contains("Шумячский") && !rows.isEmpty()) {
                Map<EventField, String> cells = new EnumMap<>(rows.get(0).cells());
                cells.put(EventField.PLACE, place);
                rows.set(0, new OfficialRow(rows.get(0).number(), cells));
            }
            sections.add(new OfficialSection(s.title(), rows));
        }
        return new OfficialDocument(doc.kind(), doc.level(), doc.period(), sections, doc.note());
    }

    private static byte[] write(OfficialDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new OfficialDocumentWriter().write(doc, out);
        return out.toByteArray();
    }
}
