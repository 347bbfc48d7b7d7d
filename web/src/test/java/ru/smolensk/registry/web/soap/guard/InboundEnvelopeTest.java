package ru.smolensk.registry.web.soap.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.application.exchange.ExchangeFaultCode;

class InboundEnvelopeTest {

    private static final String ID = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private static final ContractSchema SCHEMA = new ContractSchema();

    @Test
    void aValidMessageGivesItsIdsOperationAndTestFlag() throws Refusal {
        InboundEnvelope envelope = read(envelope(header(ID, "<x:TestMessage> true </x:TestMessage>"),
                submit(record("r1", "MUNICIPAL"), record("r2", "REGIONAL"))));

        envelope.requireValid();
        assertEquals(ID, envelope.messageId());
        assertNull(envelope.referenceMessageId());
        assertEquals("SubmitEvents", envelope.operation());
        assertTrue(envelope.isTest());
        assertFalse(read(envelope(header(ID, ""), "<x:Ping/>")).isTest());
    }

    @Test
    void aViolationNamesItsElementWithItsPositionAmongAllItsSiblings() {
        assertRefused(ExchangeFaultCode.INVALID_CONTENT, "/SubmitEvents/Record[2]/Level",
                submit(record("r1", "MUNICIPAL"), record("r2", "COUNTY"), record("r3", "MUNICIPAL")));
        assertRefused(ExchangeFaultCode.INVALID_CONTENT, "/SubmitEvents/Record[1]/Level",
                submit(record("r1", "COUNTY"), record("r2", "MUNICIPAL"), record("r3", "COUNTY")));
        assertRefused(ExchangeFaultCode.INVALID_CONTENT, "/SubmitEvents/Record/Level",
                submit(record("r1", "COUNTY")));
        assertRefused(ExchangeFaultCode.INVALID_CONTENT, "/SubmitEvents/Record[2]/Unexpected",
                submit(record("r1", "MUNICIPAL"), record("r2", "MUNICIPAL").replace("<x:Kind>",
                        "<x:Unexpected/><x:Kind>")));
    }

    @Test
    void aMalformedMessageIdIsRefusedAsSuchAndStillJournaled() throws Refusal {
        InboundEnvelope envelope = read(envelope(header("not-a-uuid", ""), "<x:Ping/>"));

        Refusal refusal = assertThrows(Refusal.class, envelope::requireValid);
        assertEquals(ExchangeFaultCode.MALFORMED_MESSAGE_ID, refusal.code());
        assertTrue(refusal.getMessage().contains("/ExchangeHeader/MessageId"), refusal.getMessage());
        assertEquals("not-a-uuid", envelope.messageId());
    }

    @Test
    void documentTypesAndBrokenXmlAreRefusedBeforeAnythingElse() {
        String entities = "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        Refusal doctype = assertThrows(Refusal.class,
                () -> read(entities + envelope(header(ID, ""), submit(record("&xxe;", "MUNICIPAL")))));
        assertTrue(doctype.getMessage().contains("DOCTYPE"), doctype.getMessage());

        String broken = envelope(header(ID, ""), submit(record("r1", "COUNTY"))).replace("</s:Envelope>", "");
        Refusal malformed = assertThrows(Refusal.class, () -> read(broken));
        assertEquals(ExchangeFaultCode.INVALID_CONTENT, malformed.code());
        assertTrue(malformed.getMessage().contains("не является правильным XML"), malformed.getMessage());
    }

    @Test
    void onlyAnEnvelopeWithABodyOfTheContractIsAccepted() {
        assertRefused("не является конвертом SOAP", "<x:SubmitEvents xmlns:x=\"" + NS + "\"/>");
        assertFault(ExchangeFaultCode.UNKNOWN_OPERATION, "пусто", envelope(header(ID, ""), ""));
        assertFault(ExchangeFaultCode.UNKNOWN_OPERATION, "не является операцией договора",
                envelope(header(ID, ""), "<o:Ping xmlns:o=\"urn:other:1.0\"/>"));
    }

    @Test
    void anElementOfTheContractThatIsNoOperationIsRefusedWithItsName() {
        assertFault(ExchangeFaultCode.UNKNOWN_OPERATION, "}Record не является операцией",
                envelope(header(ID, ""), record("r1", "MUNICIPAL")));
        assertFault(ExchangeFaultCode.UNKNOWN_OPERATION, "}Unknown не является операцией",
                envelope(header(ID, ""), "<x:Unknown/>"));
        assertFault(ExchangeFaultCode.UNKNOWN_OPERATION, "}PingResponse",
                envelope(header(ID, ""), "<x:PingResponse/>"));
    }

    @Test
    void theHeaderIsFoundAfterOtherBlocksWhichAreIgnoredUnlessTheyMustBeUnderstood() throws Refusal {
        String addressing = "<wsa:MessageID xmlns:wsa=\"http://www.w3.org/2005/08/addressing\">urn:uuid:1</wsa:MessageID>"
                + "<wsa:Action xmlns:wsa=\"http://www.w3.org/2005/08/addressing\">urn:x</wsa:Action>";
        InboundEnvelope late = read(envelope(addressing + header(ID.toUpperCase(java.util.Locale.ROOT), ""),
                "<x:Ping/>"));
        late.requireValid();
        assertEquals(ID, late.messageId(), "found after other blocks, in its canonical lower case");
        String mustUnderstand = "<wsa:To xmlns:wsa=\"http://www.w3.org/2005/08/addressing\" "
                + "xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" soapenv:mustUnderstand=\"1\">x</wsa:To>";
        assertFault(ExchangeFaultCode.MUST_UNDERSTAND, "{http://www.w3.org/2005/08/addressing}To",
                envelope(mustUnderstand + header(ID, ""), "<x:Ping/>"));
    }

    @Test
    void schemaViolationsAreWordedInRussianWithoutTypeNames() {
        Refusal refusal = assertThrows(Refusal.class,
                () -> read(envelope(header(ID, ""), submit(record("r1", "COUNTY")))).requireValid());
        assertTrue(
                refusal.getMessage().contains("значение «COUNTY» недопустимо; ожидается одно из: MUNICIPAL, REGIONAL"),
                refusal.getMessage());
        Refusal order = assertThrows(Refusal.class, () -> read(envelope(header(ID, ""),
                submit(record("r1", "MUNICIPAL").replace("<x:Kind>REPORT</x:Kind>", "")
                        .replace("<x:Level>", "<x:Kind>REPORT</x:Kind><x:Level>")
                        .replace("<x:RecordId>r1</x:RecordId>", "")
                        + "")))
                .requireValid());
        assertTrue(order.getMessage().contains("ожидается"), order.getMessage());
        assertTrue(!order.getMessage().contains("AnonType") && !order.getMessage().contains("Invalid content"),
                order.getMessage());
    }

    @Test
    void otherHeaderEntriesAreLeftAloneAndSoap12IsAVersionMismatch() throws Refusal {
        String security = "<w:Security xmlns:w=\"urn:other:security\"><w:Token>abc</w:Token></w:Security>";
        InboundEnvelope withOthers = read(envelope(header(ID, "") + security, "<x:Ping/>"));
        withOthers.requireValid();
        assertEquals(ID, withOthers.messageId());

        String soap12 = envelope(header(ID, ""), submit(record("r1", "COUNTY")))
                .replace("http://schemas.xmlsoap.org/soap/envelope/", "http://www.w3.org/2003/05/soap-envelope");
        Refusal refusal = assertThrows(Refusal.class, () -> read(soap12).requireValid());
        assertEquals(ExchangeFaultCode.VERSION_MISMATCH, refusal.code(), refusal.getMessage());
    }

    @Test
    void aBrokenHeaderIsReportedBeforeABrokenBody() {
        Refusal refusal = assertThrows(Refusal.class, () -> read(envelope(header("not-a-uuid", ""),
                submit(record("r1", "COUNTY")))).requireValid());
        assertEquals(ExchangeFaultCode.MALFORMED_MESSAGE_ID, refusal.code());
    }

    @Test
    void prefixesMayBeDeclaredAnywhereAndTheValidatorServesMessageAfterMessage() throws Refusal {
        String defaultNamespace = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Header>"
                + header(ID, "").replace("<x:ExchangeHeader>", "<x:ExchangeHeader xmlns:x=\"" + NS + "\">")
                + "</s:Header><s:Body><SubmitEvents xmlns=\"" + NS + "\">"
                + record("r1", "MUNICIPAL").replace("x:", "") + "</SubmitEvents></s:Body></s:Envelope>";
        for (int i = 0; i < 3; i++) {
            assertRefused(ExchangeFaultCode.INVALID_CONTENT, "/SubmitEvents/Record/Level",
                    submit(record("r1", "COUNTY")));
            read(defaultNamespace).requireValid();
        }
    }

    private static final String NS = "urn:smolensk:registry:exchange:1.0";

    private static void assertRefused(ExchangeFaultCode code, String path, String body) {
        Refusal refusal = assertThrows(Refusal.class, () -> read(envelope(header(ID, ""), body)).requireValid());
        assertEquals(code, refusal.code());
        assertTrue(refusal.getMessage().contains("элемент " + path + " — "), refusal.getMessage());
    }

    private static void assertFault(ExchangeFaultCode code, String message, String xml) {
        Refusal refusal = assertThrows(Refusal.class, () -> read(xml).requireValid());
        assertEquals(code, refusal.code(), refusal.getMessage());
        assertTrue(refusal.getMessage().contains(message), refusal.getMessage());
    }

    private static void assertRefused(String message, String xml) {
        Refusal refusal = assertThrows(Refusal.class, () -> read(xml).requireValid());
        assertEquals(ExchangeFaultCode.INVALID_CONTENT, refusal.code());
        assertTrue(refusal.getMessage().contains(message), refusal.getMessage());
    }

    private static InboundEnvelope read(String xml) throws Refusal {
        return InboundEnvelope.read(xml.getBytes(StandardCharsets.UTF_8), SCHEMA);
    }

    private static String envelope(String header, String body) {
        return "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:x=\"" + NS + "\">"
                + "<s:Header>" + header + "</s:Header><s:Body>" + body + "</s:Body></s:Envelope>";
    }

    private static String header(String messageId, String more) {
        return "<x:ExchangeHeader><x:MessageId>" + messageId + "</x:MessageId><x:Sender>federal</x:Sender>"
                + "<x:Recipient>smolensk-registry</x:Recipient><x:Timestamp>2038-01-15T10:00:00+03:00</x:Timestamp>"
                + more + "</x:ExchangeHeader>";
    }

    private static String submit(String... records) {
        return "<x:SubmitEvents>" + String.join("", records) + "</x:SubmitEvents>";
    }

    private static String record(String id, String level) {
        return "<x:Record><x:RecordId>" + id + "</x:RecordId><x:Kind>REPORT</x:Kind><x:Level>" + level
                + "</x:Level><x:Period>2038-Q1</x:Period><x:OrganizationCode>smolensk</x:OrganizationCode>"
                + "<x:Columns><x:Name>Встреча</x:Name></x:Columns></x:Record>";
    }
}
