package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SOAP exchange endpoint for partner systems over real HTTP, with SOAP envelopes as plain text. */
class SoapExchangeIT {

    private static final String PATH = "/soap/EventExchange";
    private static final String NS = "urn:smolensk:registry:exchange:1.0";
    private static final String PERIOD = "2019-Q3";

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final RegistryClient federal = RegistryClient.as("federal");

    @Test
    void theContractIsPublishedWithItsSchema() {
        HttpResponse<String> wsdl = federal.get(PATH + "?wsdl");
        assertEquals(200, wsdl.statusCode(), wsdl.body());
        for (String operation : List.of("SubmitEvents", "GetEvents", "GetMessageStatus")) {
            assertTrue(wsdl.body().contains("\"" + operation + "\""), operation);
        }
        assertTrue(wsdl.body().contains(NS));
        Matcher location = Pattern.compile("schemaLocation=\"([^\"]+)\"").matcher(wsdl.body());
        String schema = wsdl.body();
        if (location.find()) {
            URI xsdUri = URI.create(location.group(1).replace("&amp;", "&"));
            HttpResponse<String> xsd = federal.get(xsdUri.getRawPath() + "?" + xsdUri.getRawQuery());
            assertEquals(200, xsd.statusCode(), xsdUri.toString());
            schema = xsd.body();
        }
        assertTrue(schema.contains("ExchangeHeader") && schema.contains("ExchangeFault"), schema);
    }

    @Test
    void submittedRecordsAreCreatedOnceAndTheRepeatedMessageGetsTheSameReceipt() throws Exception {
        String messageId = UUID.randomUUID().toString();
        String records = record(run + "-1", "smolensk", "Встреча с делегацией " + run)
                + record(run + "-2", "smolensk", "Выставка народных промыслов " + run);

        HttpResponse<String> first = submit(federal, header(messageId, false), records);
        assertEquals(200, first.statusCode(), first.body());
        Document receipt = xml(first.body());
        assertEquals(List.of("CREATED", "CREATED"), texts(receipt, "Status"));
        assertEquals(List.of("false"), texts(receipt, "Replayed"));
        assertEquals(List.of(messageId), texts(receipt, "ReferenceMessageId"), "the answer refers to the request");
        assertNotEquals(List.of(messageId), texts(receipt, "MessageId"), "the answer has its own message id");
        List<String> entryIds = texts(receipt, "EntryId");
        assertEquals(2, entryIds.size());
        JsonObject journaled = journaledMessage(journalEntry(messageId));
        assertTrue(journaled.getString("message").contains("<x:RecordId>" + run + "-1</x:RecordId>")
                && journaled.getString("message").contains("Выставка народных промыслов " + run),
                "the message is journaled as received: " + journaled);
        assertTrue(journaled.getString("answer").contains("CREATED"), journaled.toString());

        HttpResponse<String> again = submit(federal, header(messageId, false), records);
        assertEquals(200, again.statusCode(), again.body());
        Document replayed = xml(again.body());
        assertEquals(List.of("true"), texts(replayed, "Replayed"));
        assertEquals(List.of("CREATED", "CREATED"), texts(replayed, "Status"));
        assertEquals(entryIds, texts(replayed, "EntryId"));
        assertEquals(2, storedEntries(run));

        Document resent = xml(submit(federal, header(UUID.randomUUID().toString(), false), records).body());
        assertEquals(List.of("UNCHANGED", "UNCHANGED"), texts(resent, "Status"), "keyed by the sender's record id");
        assertEquals(entryIds, texts(resent, "EntryId"));

        Document status = xml(call(federal, "GetMessageStatus", header(UUID.randomUUID().toString(), false),
                "<x:GetMessageStatus><x:MessageId>" + messageId + "</x:MessageId></x:GetMessageStatus>").body());
        assertEquals(List.of("REPLAYED"), texts(status, "Status"), "the newest entry of the id: its replay");
        assertEquals(List.of("SubmitEvents"), texts(status, "Operation"));
    }

    @Test
    void aChangedRecordIsUpdatedInPlace() throws Exception {
        Document created = xml(submit(federal, header(UUID.randomUUID().toString(), false),
                record(run + "-u", "smolensk", "Форум побратимов " + run)).body());
        assertEquals(List.of("CREATED"), texts(created, "Status"));
        Document updated = xml(submit(federal, header(UUID.randomUUID().toString(), false),
                record(run + "-u", "smolensk", "Форум городов-побратимов " + run)).body());
        assertEquals(List.of("UPDATED"), texts(updated, "Status"));
        assertEquals(texts(created, "EntryId"), texts(updated, "EntryId"));
        assertEquals(1, storedEntries("Форум городов-побратимов " + run));
    }

    @Test
    void theSameMessageIdWithOtherContentIsAFault() throws Exception {
        String messageId = UUID.randomUUID().toString();
        assertEquals(200, submit(federal, header(messageId, false), record(run + "-d", "smolensk", "Семинар " + run))
                .statusCode());
        HttpResponse<String> other = submit(federal, header(messageId, false),
                record(run + "-d", "smolensk", "Повторный семинар " + run));
        assertEquals(500, other.statusCode(), other.body());
        assertEquals(List.of("DUPLICATE_MESSAGE_ID"), texts(xml(other.body()), "Code"));
        assertEquals(0, storedEntries("Повторный семинар " + run));
    }

    @Test
    void aMalformedMessageIdIsAFault() throws Exception {
        HttpResponse<String> response = submit(federal, header("not-a-uuid", false),
                record(run + "-m", "smolensk", "Мероприятие " + run));
        assertEquals(500, response.statusCode(), response.body());
        assertEquals(List.of("MALFORMED_MESSAGE_ID"), texts(xml(response.body()), "Code"));
    }

    @Test
    void anUnknownOrganisationIsRejectedWithItsCode() throws Exception {
        Document receipt = xml(submit(federal, header(UUID.randomUUID().toString(), false),
                record(run + "-x", "no-such-organisation", "Визит " + run)
                        + record(run + "-y", "shumyachsky", "Визит в Шумячи " + run))
                .body());
        assertEquals(List.of("REJECTED", "CREATED"), texts(receipt, "Status"));
        assertEquals(List.of("UNKNOWN_ORGANIZATION"), texts(receipt, "Code"));
        assertFalse(texts(receipt, "Message").get(0).isBlank());
    }

    @Test
    void aTestMessageWritesNothing() throws Exception {
        String messageId = UUID.randomUUID().toString();
        String records = record(run + "-t", "smolensk", "Пробное мероприятие " + run);
        Document receipt = xml(submit(federal, header(messageId, true), records).body());
        assertEquals(List.of("CREATED"), texts(receipt, "Status"));
        assertEquals(List.of(), texts(receipt, "EntryId"));
        assertEquals(0, storedEntries("Пробное мероприятие " + run));
        HttpResponse<String> status = call(federal, "GetMessageStatus", header(UUID.randomUUID().toString(), false),
                "<x:GetMessageStatus><x:MessageId>" + messageId + "</x:MessageId></x:GetMessageStatus>");
        Document known = xml(status.body());
        for (int i = 0; i < 50 && !texts(known, "Code").isEmpty(); i++) {
            Thread.sleep(200); // answered reads and test messages are journaled a moment later
            known = xml(call(federal, "GetMessageStatus", header(UUID.randomUUID().toString(), false),
                    "<x:GetMessageStatus><x:MessageId>" + messageId + "</x:MessageId></x:GetMessageStatus>").body());
        }
        assertEquals(List.of("PROCESSED"), texts(known, "Status"));
        assertEquals("true", texts(known, "TestMessage").get(texts(known, "TestMessage").size() - 1),
                "GetMessageStatus knows test messages");
    }

    @Test
    void wrongCredentialsAreRefusedWith401() {
        HttpResponse<String> response = submit(RegistryClient.as("federal", "wrong"),
                header(UUID.randomUUID().toString(), false), record(run + "-w", "smolensk", "Визит " + run));
        assertEquals(401, response.statusCode());
    }

    @Test
    void anOperatorMayNotCallTheExchange() {
        HttpResponse<String> response = submit(RegistryClient.as("smolensk"),
                header(UUID.randomUUID().toString(), false), record(run + "-o", "smolensk", "Визит " + run));
        assertEquals(403, response.statusCode());
        assertEquals(List.of("ACCESS_DENIED"), texts(xmlOf(response), "Code"), response.body());
        assertEquals(200, RegistryClient.anonymous().get(PATH + "?wsdl").statusCode(), "the contract is public");
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedAndNothingIsWritten() {
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE e [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + envelope(header(UUID.randomUUID().toString(), false),
                        "<x:SubmitEvents>" + record(run + "-xxe", "smolensk", "&xxe; " + run) + "</x:SubmitEvents>");
        HttpResponse<String> response = post(federal, "SubmitEvents", body);
        assertTrue(response.statusCode() >= 400, response.statusCode() + " " + response.body());
        assertFalse(response.body().contains("root:"), response.body());
        assertEquals(0, storedEntries(run));
        assertEquals(0, storedEntries("root:"));
    }

    @Test
    void aBillionLaughsPayloadIsRefusedAsInvalidContentAndJournaled() throws Exception {
        String messageId = UUID.randomUUID().toString();
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        String body = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [" + entities + "]>\n" + envelope(
                header(messageId, false), "<x:SubmitEvents>" + record(run + "-lol", "smolensk", "&lol9;")
                        + "</x:SubmitEvents>");
        HttpResponse<String> response = post(federal, "SubmitEvents", body);
        assertEquals(500, response.statusCode(), response.body());
        assertEquals(List.of("INVALID_CONTENT"), texts(xml(response.body()), "Code"));
        assertTrue(response.body().contains("DOCTYPE"), response.body());
        assertFalse(response.body().contains("lollollol"), response.body());
        assertEquals(0, storedEntries("lol"));
        assertTrue(refusalsWithoutMessageId("INVALID_CONTENT") > 0, "the refusal is journaled");
    }

    @Test
    void aMessageAgainstTheSchemaIsRefusedWithThePathOfTheElementAndNothingIsWritten() throws Exception {
        String messageId = UUID.randomUUID().toString();
        String wrongLevel = record(run + "-s2", "smolensk", "Форум " + run).replace("<x:Level>MUNICIPAL</x:Level>",
                "<x:Level>CITY</x:Level>");
        HttpResponse<String> response = submit(federal, header(messageId, false),
                record(run + "-s1", "smolensk", "Форум " + run) + wrongLevel);
        assertEquals(500, response.statusCode(), response.body());
        assertEquals(List.of("INVALID_CONTENT"), texts(xml(response.body()), "Code"));
        String message = texts(xml(response.body()), "Message").get(0);
        assertTrue(message.contains("/SubmitEvents/Record[2]/Level"), message);
        assertEquals(0, storedEntries("Форум " + run));
        JsonObject journaled = journalEntry(messageId);
        assertEquals("REFUSED", journaled.getString("status"));
        assertEquals("INVALID_CONTENT", journaled.getString("faultCode"));
        assertEquals("SubmitEvents", journaled.getString("operation"));
        assertEquals(64, journaled.getString("sha256").length());
        JsonObject kept = journaledMessage(journaled);
        assertTrue(kept.getString("message").contains("<x:Level>CITY</x:Level>"), kept.toString());
        assertEquals(sha256(kept.getString("message")), journaled.getString("sha256"),
                "the digest is of the message as received");
        assertEquals(403, federal.get("/api/exchange/journal/" + journaled.getJsonNumber("id")).statusCode());

        HttpResponse<String> corrected = submit(federal, header(messageId, false),
                record(run + "-s1", "smolensk", "Форум " + run));
        assertEquals(200, corrected.statusCode(), "a refused message id may be sent again: " + corrected.body());
        assertEquals(1, storedEntries("Форум " + run));
    }

    @Test
    void malformedXmlIsRefusedAsInvalidContentAndNothingIsWritten() throws Exception {
        String body = envelope(header(UUID.randomUUID().toString(), false),
                "<x:SubmitEvents>" + record(run + "-mx", "smolensk", "Ярмарка " + run) + "</x:SubmitEvent>");
        HttpResponse<String> response = post(federal, "SubmitEvents", body);
        assertEquals(500, response.statusCode(), response.body());
        assertEquals(List.of("INVALID_CONTENT"), texts(xml(response.body()), "Code"));
        assertTrue(texts(xml(response.body()), "Message").get(0).contains("не является правильным XML"),
                response.body());
        assertEquals(0, storedEntries("Ярмарка " + run));
    }

    @Test
    void aMessageOverTheSizeLimitIsRefusedAsTooLarge() throws Exception {
        String name = "Очень длинное описание " + run + " ";
        String records = record(run + "-big", "smolensk", name.repeat(6 * 1024 * 1024 / name.length()));
        HttpResponse<String> response = submit(federal, header(UUID.randomUUID().toString(), false), records);
        assertEquals(500, response.statusCode(), response.body());
        assertEquals(List.of("TOO_LARGE"), texts(xml(response.body()), "Code"));
        assertEquals(0, storedEntries("Очень длинное описание " + run));
    }

    @Test
    void answeredReadsAreJournaledToo() throws InterruptedException {
        String messageId = UUID.randomUUID().toString();
        assertEquals(200, call(federal, "Ping", header(messageId, false), "<x:Ping/>").statusCode());
        JsonObject journaled = journalEntry(messageId);
        assertEquals("Ping", journaled.getString("operation"));
        assertEquals("PROCESSED", journaled.getString("status"));
        assertTrue(!journaled.containsKey("faultCode") || journaled.isNull("faultCode"), journaled.toString());
        assertTrue(journaledMessage(journaled).getString("message").contains("<x:Ping/>"));
    }

    @Test
    void getEventsReturnsApprovedEventsOnly() throws Exception {
        HttpResponse<String> response = call(federal, "GetEvents", header(UUID.randomUUID().toString(), false),
                "<x:GetEvents><x:Period>2025-Q4</x:Period><x:Kind>REPORT</x:Kind><x:Level>MUNICIPAL</x:Level>"
                        + "<x:Page>0</x:Page><x:PageSize>5</x:PageSize></x:GetEvents>");
        assertEquals(200, response.statusCode(), response.body());
        Document events = xml(response.body());
        assertTrue(Long.parseLong(texts(events, "Total").get(0)) > 0, response.body());
        assertEquals(5, events.getElementsByTagNameNS(NS, "Event").getLength());
        assertTrue(texts(events, "Period").stream().allMatch("2025-Q4"::equals));

        Document drafts = xml(call(federal, "GetEvents", header(UUID.randomUUID().toString(), false),
                "<x:GetEvents><x:Period>" + PERIOD + "</x:Period></x:GetEvents>").body());
        assertEquals(List.of("0"), texts(drafts, "Total"), "events received by exchange are drafts");
    }

    @Test
    void getEventsWithAnUnknownOrganisationIsAFault() throws Exception {
        HttpResponse<String> response = call(federal, "GetEvents", header(UUID.randomUUID().toString(), false),
                "<x:GetEvents><x:OrganizationCode>atlantis</x:OrganizationCode></x:GetEvents>");
        assertEquals(500, response.statusCode());
        assertEquals(List.of("UNKNOWN_ORGANIZATION"), texts(xml(response.body()), "Code"));
        assertNotEquals("", texts(xml(response.body()), "Message").get(0));
    }

    static String header(String messageId, boolean test) {
        return "<x:ExchangeHeader><x:MessageId>" + messageId + "</x:MessageId><x:Sender>federal</x:Sender>"
                + "<x:Recipient>smolensk-registry</x:Recipient><x:Timestamp>" + java.time.OffsetDateTime.now()
                + "</x:Timestamp><x:TestMessage>" + test + "</x:TestMessage></x:ExchangeHeader>";
    }

    private static String record(String recordId, String organization, String name) {
        return "<x:Record><x:RecordId>" + recordId + "</x:RecordId><x:Kind>REPORT</x:Kind>"
                + "<x:Level>MUNICIPAL</x:Level><x:Period>" + PERIOD + "</x:Period><x:OrganizationCode>"
                + organization + "</x:OrganizationCode><x:Columns><x:Name>" + name + "</x:Name>"
                + "<x:Place>г. Смоленск</x:Place><x:Dates>15 июля 2019 г.</x:Dates>"
                + "<x:Participants>20 человек</x:Participants></x:Columns></x:Record>";
    }

    private static String envelope(String header, String body) {
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:x=\"" + NS
                + "\"><soapenv:Header>" + header + "</soapenv:Header><soapenv:Body>" + body
                + "</soapenv:Body></soapenv:Envelope>";
    }

    private static HttpResponse<String> submit(RegistryClient client, String header, String records) {
        return call(client, "SubmitEvents", header, "<x:SubmitEvents>" + records + "</x:SubmitEvents>");
    }

    static HttpResponse<String> call(RegistryClient client, String operation, String header, String body) {
        return post(client, operation, envelope(header, body));
    }

    private static HttpResponse<String> post(RegistryClient client, String operation, String envelope) {
        HttpRequest request = client.request(PATH).header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"" + NS + ":" + operation + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(SoapWire.signed(envelope))).build();
        return client.send(request);
    }

    /** The journal entry of a message of the partner {@code federal}, as the coordinator sees it. */
    private static JsonObject journalEntry(String messageId) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            var found = RegistryClient.json(RegistryClient.as("coordinator")
                    .get("/api/exchange/journal?partner=federal")).asJsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(j -> messageId.equals(j.getString("messageId", null))).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("message " + messageId + " not journaled");
            }
            Thread.sleep(200);
        }
    }

    /** A journal entry with the message and its answer, as the coordinator opens it. */
    private static JsonObject journaledMessage(JsonObject entry) {
        HttpResponse<String> response = RegistryClient.as("coordinator").get("/api/exchange/journal/"
                + entry.getJsonNumber("id").longValue());
        assertEquals(200, response.statusCode(), response.body());
        return RegistryClient.json(response).asJsonObject();
    }

    private static String sha256(String text) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Refusals with the code journaled for the partner {@code federal} before its message id could be read. */
    private static long refusalsWithoutMessageId(String faultCode) {
        return RegistryClient.json(RegistryClient.as("coordinator").get("/api/exchange/journal?partner=federal"))
                .asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(j -> faultCode.equals(j.getString("faultCode", null)) && "-".equals(j.getString("messageId")))
                .count();
    }

    /** How many entries the coordinator finds in the test period with the text. */
    private static long storedEntries(String text) {
        HttpResponse<String> response = RegistryClient.as("coordinator").get("/api/events?period=" + PERIOD + "&q="
                + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        return RegistryClient.json(response).asJsonObject().getJsonNumber("total").longValue();
    }

    private static Document xmlOf(HttpResponse<String> response) {
        try {
            return xml(response.body());
        } catch (Exception e) {
            throw new AssertionError("not XML: " + response.body(), e);
        }
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS(NS, localName);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(((Element) nodes.item(i)).getTextContent());
        }
        return texts;
    }
}
