package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.smolensk.registry.it.SoapWire.MTOM;
import static ru.smolensk.registry.it.SoapWire.PLAIN;
import static ru.smolensk.registry.it.SoapWire.envelope;
import static ru.smolensk.registry.it.SoapWire.faultCode;
import static ru.smolensk.registry.it.SoapWire.header;
import static ru.smolensk.registry.it.SoapWire.journal;
import static ru.smolensk.registry.it.SoapWire.multipart;
import static ru.smolensk.registry.it.SoapWire.post;
import static ru.smolensk.registry.it.SoapWire.postMultipart;
import static ru.smolensk.registry.it.SoapWire.record;
import static ru.smolensk.registry.it.SoapWire.sha256;
import static ru.smolensk.registry.it.SoapWire.text;
import static ru.smolensk.registry.it.SoapWire.texts;
import static ru.smolensk.registry.it.SoapWire.xml;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The exchange as a partner's integrator meets it on the wire (raw HTTP, bytes written by hand): one contract at both
 * addresses, readable without credentials; every packaging through the same guard; every message journaled once with
 * the SHA-256 of the bytes sent and the answer as sent; typed Russian faults with their SOAP fault codes, including
 * the container's 401 and 403; answer headers that correlate to the requests; GetMessageStatus for every kind of
 * message; forged cursors refused; records checked against their period.
 */
class SoapContractIT {

    private static final String PERIOD = "2018-Q2";

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final RegistryClient federal = RegistryClient.as("federal");

    @Test
    void bothAddressesPublishTheSameContractWithoutCredentials() {
        RegistryClient anonymous = RegistryClient.anonymous();
        HttpResponse<String> plain = anonymous.get(PLAIN + "?wsdl");
        HttpResponse<String> mtom = anonymous.get(MTOM + "?wsdl");
        assertEquals(200, plain.statusCode(), plain.body());
        assertEquals(200, mtom.statusCode(), mtom.body());
        assertEquals(addressless(plain.body()), addressless(mtom.body()), "one contract, only the address differs");
        assertTrue(mtom.body().contains("name=\"ExchangeFault\"") && !mtom.body().contains("ExchangeFaultException"),
                "the fault keeps the contract's name");
        assertTrue(mtom.body().contains("EventExchangeMtomPort") && mtom.body().contains("xml:lang=\"ru\""));

        Matcher location = Pattern.compile("schemaLocation=\"([^\"]+)\"").matcher(mtom.body());
        assertTrue(location.find(), mtom.body());
        URI xsdUri = URI.create(location.group(1).replace("&amp;", "&"));
        HttpResponse<String> xsd = anonymous.get(xsdUri.getRawPath() + "?" + xsdUri.getRawQuery());
        assertEquals(200, xsd.statusCode(), xsdUri.toString());
        for (String expected : List.of("<xs:simpleType name=\"FaultCode\">", "value=\"UNKNOWN_OPERATION\"",
                "<xs:element name=\"Kind\" type=\"tns:DocumentKind\"/>", "<xs:maxInclusive value=\"500\"/>",
                "<xs:documentation xml:lang=\"ru\">")) {
            assertTrue(xsd.body().contains(expected), expected);
        }
        assertEquals(401, anonymous.send(anonymous.request(PLAIN).header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(envelope(header(UUID.randomUUID().toString()), "<x:Ping/>")))
                .build()).statusCode(), "the operations are not public");
    }

    private static String addressless(String wsdl) {
        return wsdl.replaceAll("(?i)location=\"[^\"]*\"", "location=\"\"");
    }

    @Test
    void bothPackagingsGoThroughTheSameGuardAtBothAddressesAndAreJournaled() {
        String tooMany = "<x:SubmitEvents>" + record(run + "-n", PERIOD, "Встреча", null).repeat(1001)
                + "</x:SubmitEvents>";
        String wrongOrder = "<x:SubmitEvents>" + record(run + "-o", PERIOD, "Встреча", null)
                .replace("<x:Kind>REPORT</x:Kind><x:Level>MUNICIPAL</x:Level>",
                        "<x:Level>MUNICIPAL</x:Level><x:Kind>REPORT</x:Kind>")
                + "</x:SubmitEvents>";
        String big = "<x:SubmitEvents>" + record(run + "-b", PERIOD, "Большое описание ".repeat(200_000), null)
                + "</x:SubmitEvents>";
        for (String path : List.of(PLAIN, MTOM)) {
            for (boolean packaged : List.of(false, true)) {
                String how = path + (packaged ? " multipart" : " text/xml");
                for (String bad : List.of(tooMany, wrongOrder)) {
                    String id = UUID.randomUUID().toString();
                    String envelope = envelope(header(id), bad);
                    HttpResponse<String> response = packaged
                            ? postMultipart(federal, path, "SubmitEvents", multipart(envelope))
                            : post(federal, path, "SubmitEvents", envelope);
                    assertEquals(500, response.statusCode(), how);
                    Document fault = xml(response);
                    assertEquals("INVALID_CONTENT", text(fault, "Code"), how + ": " + response.body());
                    assertEquals("Client", faultCode(fault), how);
                    JsonObject entry = journal(id, 1).get(0);
                    assertEquals("REFUSED", entry.getString("status"), how);
                    assertEquals("SubmitEvents", entry.getString("operation"), how);
                }
                String id = UUID.randomUUID().toString();
                byte[] envelope = envelope(header(id), big).getBytes(StandardCharsets.UTF_8);
                HttpResponse<String> response = packaged
                        ? postMultipart(federal, path, "SubmitEvents", multipart(new String(envelope,
                                StandardCharsets.UTF_8)))
                        : post(federal, path, "SubmitEvents", envelope);
                assertEquals("TOO_LARGE", text(xml(response), "Code"), how);
            }
        }
        assertEquals(0, storedEntries(run));

        String pingId = UUID.randomUUID().toString();
        byte[] ping = multipart(envelope(header(pingId), "<x:Ping/>"));
        HttpResponse<String> answered = postMultipart(federal, MTOM, "Ping", ping);
        assertEquals(200, answered.statusCode(), answered.body());
        JsonObject entry = journal(pingId, 1).get(0);
        assertEquals(sha256(ping), entry.getString("sha256"), "the digest of the multipart bytes as sent");
        assertTrue(SoapWire.opened(entry).getString("answer").contains("PingResponse"));
    }

    @Test
    void everyMessageIsJournaledOnceWithTheDigestOfTheBytesSentAndReplaysPointAtTheOriginal() {
        String id = UUID.randomUUID().toString();
        String records = record(run + "-1", PERIOD, "Визит делегации " + run, "10 мая 2018 г.");
        String unsigned = envelope(header(id), "<x:SubmitEvents>" + records + "</x:SubmitEvents>");
        byte[] first = SoapWire.signed(unsigned);
        HttpResponse<String> accepted = post(federal, PLAIN, "SubmitEvents", first);
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("false", text(xml(accepted), "Replayed"));
        JsonObject original = journal(id, 1).get(0);
        assertEquals(sha256(first), original.getString("sha256"), "the SHA-256 of the exact bytes received");
        JsonObject kept = SoapWire.opened(original);
        assertEquals(new String(first, StandardCharsets.UTF_8), kept.getString("message"));
        assertTrue(kept.getString("answer").startsWith("<") && kept.getString("answer").contains("SubmitEventsResponse")
                && kept.getString("answer").contains("CREATED"), "the answer as sent: " + kept.getString("answer"));
        assertEquals(text(xml(accepted), "MessageId"), kept.getString("answerMessageId"));

        byte[] again = SoapWire.signed(unsigned.replace("\r\n", "\n").replace(id, id.toUpperCase(Locale.ROOT)));
        HttpResponse<String> replayed = post(federal, PLAIN, "SubmitEvents", again);
        assertEquals(200, replayed.statusCode(), replayed.body());
        assertEquals("true", text(xml(replayed), "Replayed"), "the same message id in upper case is the same message");
        assertEquals(id, text(xml(replayed), "ReferenceMessageId"), "the id in its canonical lower case");
        List<JsonObject> entries = journal(id, 2);
        assertEquals(2, entries.size(), entries.toString());
        JsonObject replay = entries.get(0);
        assertEquals("REPLAYED", replay.getString("status"));
        assertEquals(original.getJsonNumber("id").longValue(), replay.getJsonNumber("replayOf").longValue());
        assertEquals(sha256(again), replay.getString("sha256"));
        assertNotEquals(original.getString("sha256"), replay.getString("sha256"), "other bytes, other digest");
        assertEquals(1, storedEntries("Визит делегации " + run));

        assertEquals("REPLAYED", status(id).get("Status"));
    }

    @Test
    void theHeaderIsFoundAmongOtherBlocksAndAnswersCorrelateToTheirRequests() {
        String id = UUID.randomUUID().toString();
        String addressing = "<wsa:Action xmlns:wsa=\"http://www.w3.org/2005/08/addressing\">urn:x:Ping</wsa:Action>"
                + "<wsa:MessageID xmlns:wsa=\"http://www.w3.org/2005/08/addressing\">urn:uuid:" + id
                + "</wsa:MessageID>";
        HttpResponse<String> answered = post(federal, PLAIN, "Ping", envelope(addressing + header(id), "<x:Ping/>"));
        assertEquals(200, answered.statusCode(), answered.body());
        Document answer = xml(answered);
        assertEquals(id, text(answer, "ReferenceMessageId"));
        assertNotEquals(id, text(answer, "MessageId"));
        assertEquals("smolensk-registry", text(answer, "Sender"));
        assertEquals("federal", text(answer, "Recipient"));
        OffsetDateTime at = OffsetDateTime.parse(text(answer, "Timestamp"));
        assertTrue(Math.abs(at.toEpochSecond() - OffsetDateTime.now().toEpochSecond()) < 120, "the server's time");
        assertEquals("Ping", journal(id, 1).get(0).getString("operation"), "the journal has the message id");

        HttpResponse<String> referring = post(federal, PLAIN, "Ping", envelope(header(UUID.randomUUID().toString(),
                "federal", "smolensk-registry", OffsetDateTime.now().toString(), id, false), "<x:Ping/>"));
        assertEquals(200, referring.statusCode(), "a reference to a message exchanged: " + referring.body());
    }

    @Test
    void everyFaultIsTypedWithItsSoapFaultCodeAndTheAnswerHeader() {
        String used = UUID.randomUUID().toString();
        assertEquals(200, post(federal, PLAIN, "Ping", envelope(header(used), "<x:Ping/>")).statusCode());
        journal(used, 1);
        String now = OffsetDateTime.now().toString();
        record Case(String code, String soapFaultCode, String operation, String contentType, String envelope) {
        }
        String soap12 = envelope(header(UUID.randomUUID().toString()), "<x:Ping/>")
                .replace(SoapWire.SOAP_11, "http://www.w3.org/2003/05/soap-envelope");
        List<Case> cases = List.of(
                new Case("DUPLICATE_MESSAGE_ID", "Client", "Ping", null, envelope(header(used), "<x:Ping/>")),
                new Case("UNKNOWN_OPERATION", "Client", "Ping", null, envelope(header(id()), "<x:Pong/>")),
                new Case("INVALID_SOAP_ACTION", "Client", "GetEvents", null, envelope(header(id()), "<x:Ping/>")),
                new Case("VERSION_MISMATCH", "VersionMismatch", "Ping", "application/soap+xml; charset=UTF-8",
                        soap12),
                new Case("VERSION_MISMATCH", "VersionMismatch", "Ping", null, soap12),
                new Case("MUST_UNDERSTAND", "MustUnderstand", "Ping", null, envelope("<wsa:To xmlns:wsa="
                        + "\"http://www.w3.org/2005/08/addressing\" soapenv:mustUnderstand=\"1\">x</wsa:To>"
                        + header(id()), "<x:Ping/>")),
                new Case("MALFORMED_MESSAGE_ID", "Client", "Ping", null, envelope(header("12345"), "<x:Ping/>")),
                new Case("INVALID_SENDER", "Client", "Ping", null, envelope(header(id(), "someone-else",
                        "smolensk-registry", now, null, false), "<x:Ping/>")),
                new Case("INVALID_RECIPIENT", "Client", "Ping", null, envelope(header(id(), "federal", "elsewhere",
                        now, null, false), "<x:Ping/>")),
                new Case("INVALID_TIMESTAMP", "Client", "Ping", null, envelope(header(id(), "federal",
                        "smolensk-registry", "2026-03-01T10:00:00", null, false), "<x:Ping/>")),
                new Case("INVALID_TIMESTAMP", "Client", "Ping", null, envelope(header(id(), "federal",
                        "smolensk-registry", "2020-03-01T10:00:00+03:00", null, false), "<x:Ping/>")),
                new Case("INVALID_TIMESTAMP", "Client", "Ping", null, envelope(header(id(), "federal",
                        "smolensk-registry", "2099-03-01T10:00:00+03:00", null, false), "<x:Ping/>")),
                new Case("UNKNOWN_REFERENCE", "Client", "Ping", null, envelope(header(id(), "federal",
                        "smolensk-registry", now, UUID.randomUUID().toString(), false), "<x:Ping/>")),
                new Case("INVALID_CURSOR", "Client", "GetChanges", null, envelope(header(id()),
                        "<x:GetChanges><x:Cursor>2026-01-01T00:00:00Z~1</x:Cursor></x:GetChanges>")),
                new Case("INVALID_CONTENT", "Client", "GetEvents", null, envelope(header(id()),
                        "<x:GetEvents><x:Status>DRAFT</x:Status></x:GetEvents>")));
        for (Case c : cases) {
            for (String path : List.of(PLAIN, MTOM)) {
                String id = UUID.randomUUID().toString();
                String sent = c.envelope.replaceFirst("<x:MessageId>" + UUID_TEXT + "</x:MessageId>",
                        "<x:MessageId>" + (c.code.equals("DUPLICATE_MESSAGE_ID") ? used : id) + "</x:MessageId>");
                HttpResponse<String> response = federal.send(federal.request(path)
                        .header("Content-Type", c.contentType == null ? "text/xml; charset=UTF-8" : c.contentType)
                        .header("SOAPAction", "\"" + SoapWire.NS + ":" + c.operation + "\"")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(SoapWire.signed(sent))).build());
                String how = c.code + " at " + path;
                assertEquals(500, response.statusCode(), how + ": " + response.body());
                TestPartner.verifyAnswer(response.body());
                Document fault = xml(response);
                assertEquals(c.code, text(fault, "Code"), how + ": " + response.body());
                assertEquals(c.soapFaultCode, faultCode(fault), how);
                String message = text(fault, "Message");
                assertTrue(message.matches("(?s).*[А-Яа-я]{4,}.*") && !message.contains("AnonType"),
                        how + ": " + message);
                if (!c.code.equals("MALFORMED_MESSAGE_ID") && !c.code.equals("VERSION_MISMATCH")) {
                    String expected = c.code.equals("DUPLICATE_MESSAGE_ID") ? used : id;
                    assertEquals(expected, text(fault, "ReferenceMessageId"), how + ": the header is echoed");
                    assertEquals("smolensk-registry", text(fault, "Sender"), how);
                    assertNotNull(text(fault, "MessageId"), how);
                }
            }
        }
    }

    private static final String UUID_TEXT = "[0-9a-fA-F-]{36}";

    private static String id() {
        return UUID.randomUUID().toString();
    }

    @Test
    void theContainersRefusalsAreTypedFaultsToo() {
        String envelope = envelope(header(id()), "<x:Ping/>");
        for (RegistryClient caller : List.of(RegistryClient.as("federal", "wrong"), RegistryClient.anonymous())) {
            HttpResponse<String> response = post(caller, PLAIN, "Ping", envelope);
            assertEquals(401, response.statusCode());
            assertEquals("AUTHENTICATION_REQUIRED", text(xml(response), "Code"), response.body());
            assertEquals("Client", faultCode(xml(response)));
        }
        HttpResponse<String> operator = post(RegistryClient.as("smolensk"), MTOM, "Ping", envelope);
        assertEquals(403, operator.statusCode());
        assertEquals("ACCESS_DENIED", text(xml(operator), "Code"), operator.body());
        assertTrue(text(xml(operator), "Message").contains("EXCHANGE"));
    }

    @Test
    void getMessageStatusKnowsEveryKindOfMessage() {
        String ping = id();
        assertEquals(200, post(federal, PLAIN, "Ping", envelope(header(ping), "<x:Ping/>")).statusCode());
        String refused = id();
        post(federal, PLAIN, "Ping", envelope(header(refused, "nobody", "smolensk-registry",
                OffsetDateTime.now().toString(), null, false), "<x:Ping/>"));
        String test = id();
        HttpResponse<String> tested = post(federal, MTOM, "SubmitEvents", envelope(header(test, "federal",
                "smolensk-registry", OffsetDateTime.now().toString(), null, true),
                "<x:SubmitEvents>"
                        + record(run + "-t", PERIOD, "Тест " + run, null) + "</x:SubmitEvents>"));
        assertEquals(200, tested.statusCode(), tested.body());
        journal(ping, 1);
        journal(test, 1);

        assertEquals("PROCESSED", status(ping).get("Status"));
        assertEquals("Ping", status(ping).get("Operation"));
        Map<String, String> refusal = status(refused);
        assertEquals("REFUSED", refusal.get("Status"));
        assertEquals("INVALID_SENDER", refusal.get("FaultCode"));
        Map<String, String> testStatus = status(test);
        assertEquals("PROCESSED", testStatus.get("Status"));
        assertEquals("true", testStatus.get("TestMessage"));
        assertEquals(0, storedEntries("Тест " + run), "a test message writes nothing");
        List<JsonObject> tests = RegistryClient.json(RegistryClient.as("coordinator")
                .get("/api/exchange/journal?partner=federal&test=true&limit=500")).asJsonArray()
                .getValuesAs(JsonObject.class);
        assertTrue(tests.stream().allMatch(j -> j.getBoolean("testMessage"))
                && tests.stream().anyMatch(j -> test.equals(j.getString("messageId"))), tests.toString());
        // answered reads are journaled a moment later (ReadJournal), so a message of an earlier test may come in: compare the
        // two pages when no message came in between them
        for (int attempt = 1;; attempt++) {
            List<JsonObject> firstTwo = journalPage("partner=federal&limit=2");
            List<JsonObject> second = journalPage("partner=federal&offset=1&limit=1");
            if (!firstTwo.equals(journalPage("partner=federal&limit=2")) && attempt < 20) {
                continue;
            }
            assertEquals(firstTwo.get(1).getJsonNumber("id"), second.get(0).getJsonNumber("id"), "pages by offset");
            break;
        }
    }

    private static List<JsonObject> journalPage(String query) {
        return RegistryClient.json(RegistryClient.as("coordinator").get("/api/exchange/journal?" + query))
                .asJsonArray().getValuesAs(JsonObject.class);
    }

    @Test
    void recordsAreCheckedAgainstTheirPeriod() {
        String quarter = java.time.LocalDate.now().getYear() + 1 + "-Q4";
        HttpResponse<String> response = post(federal, PLAIN, "SubmitEvents", envelope(header(id(), "federal",
                "smolensk-registry", OffsetDateTime.now().toString(), null, true),
                "<x:SubmitEvents>"
                        + record(run + "-p1", PERIOD, "Форум " + run, "15 мая 2017 г.")
                        + record(run + "-p2", quarter, "Форум " + run, null) + "</x:SubmitEvents>"));
        assertEquals(200, response.statusCode(), response.body());
        Document receipt = xml(response);
        assertEquals(List.of("CREATED", "REJECTED"), texts(receipt, "Status"));
        assertEquals(List.of("DATES_OUTSIDE_PERIOD", "FUTURE_PERIOD"), texts(receipt, "Code"));
        assertTrue(texts(receipt, "Message").get(1).contains(quarter), response.body());
    }

    /** GetMessageStatus of a message id, as element name → text. */
    private Map<String, String> status(String messageId) {
        HttpResponse<String> response = post(federal, PLAIN, "GetMessageStatus", envelope(header(id()),
                "<x:GetMessageStatus><x:MessageId>" + messageId + "</x:MessageId></x:GetMessageStatus>"));
        assertEquals(200, response.statusCode(), response.body());
        Document answer = xml(response);
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (String name : List.of("Status", "Operation", "FaultCode", "TestMessage")) {
            String value = texts(answer, name).stream().reduce((a, b) -> b).orElse(null);
            if (value != null) {
                values.put(name, value);
            }
        }
        assertFalse(values.isEmpty(), response.body());
        return values;
    }

    private static long storedEntries(String text) {
        HttpResponse<String> response = RegistryClient.as("coordinator").get("/api/events?q="
                + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        return RegistryClient.json(response).asJsonObject().getJsonNumber("total").longValue();
    }
}
