package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.xml.namespace.QName;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Holder;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.soap.MTOMFeature;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.integration.exchange.EventData;
import ru.smolensk.registry.integration.exchange.EventExchangePort;
import ru.smolensk.registry.integration.exchange.ExchangeContract;
import ru.smolensk.registry.integration.exchange.ExchangeFaultException;
import ru.smolensk.registry.integration.exchange.ExchangeHeader;
import ru.smolensk.registry.integration.exchange.GetChanges;
import ru.smolensk.registry.integration.exchange.GetChangesResponse;
import ru.smolensk.registry.integration.exchange.GetDocument;
import ru.smolensk.registry.integration.exchange.GetDocumentResponse;
import ru.smolensk.registry.integration.exchange.GetEvents;
import ru.smolensk.registry.integration.exchange.GetEventsResponse;
import ru.smolensk.registry.integration.exchange.Ping;
import ru.smolensk.registry.integration.exchange.PingResponse;
import ru.smolensk.registry.integration.office.read.OfficialDocumentReader;

/**
 * A JAX-WS client built from the WSDL the running server publishes (the JAX-WS reference implementation reads
 * {@code /soap/EventExchange?wsdl} and its schema) calls Ping, GetChanges and GetDocument (MTOM).
 */
class SoapClientIT {

    private static final String ENDPOINT = RegistryClient.BASE_URL + "/soap/EventExchange";

    private static final String MTOM_ENDPOINT = RegistryClient.BASE_URL + "/soap/EventExchangeMtom";

    private static EventExchangePort port;
    private static EventExchangePort mtomPort;

    @BeforeAll
    static void clientFromThePublishedWsdl() throws Exception {
        Authenticator.setDefault(new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("federal", "federal".toCharArray());
            }
        });
        Service service = Service.create(new URL(ENDPOINT + "?wsdl"),
                new QName(ExchangeContract.NAMESPACE, ExchangeContract.SERVICE_NAME));
        port = service.getPort(new QName(ExchangeContract.NAMESPACE, ExchangeContract.PORT_NAME),
                EventExchangePort.class, new MTOMFeature());
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, ENDPOINT);
        context.put(BindingProvider.USERNAME_PROPERTY, "federal");
        context.put(BindingProvider.PASSWORD_PROPERTY, "federal");
        mtomPort = service.getPort(new QName(ExchangeContract.NAMESPACE, ExchangeContract.PORT_NAME),
                EventExchangePort.class, new MTOMFeature());
        Map<String, Object> mtom = ((BindingProvider) mtomPort).getRequestContext();
        mtom.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, MTOM_ENDPOINT);
        mtom.put(BindingProvider.USERNAME_PROPERTY, "federal");
        mtom.put(BindingProvider.PASSWORD_PROPERTY, "federal");
        Wss4jClientHandler.install(port, false);
        Wss4jClientHandler.install(mtomPort, false);
    }

    private static Holder<ExchangeHeader> header() {
        ExchangeHeader header = new ExchangeHeader();
        header.messageId = UUID.randomUUID().toString();
        header.sender = "federal";
        header.recipient = "smolensk-registry";
        header.timestamp = OffsetDateTime.now().toString();
        return new Holder<>(header);
    }

    @Test
    void pingAnswersWithAHeaderReferringToTheRequest() throws ExchangeFaultException {
        Holder<ExchangeHeader> header = header();
        String messageId = header.value.messageId;
        PingResponse pong = port.ping(new Ping(), header);
        assertNotNull(OffsetDateTime.parse(pong.serverTime));
        assertEquals(messageId, header.value.referenceMessageId);
        assertEquals("smolensk-registry", header.value.sender);
        assertEquals("federal", header.value.recipient);
    }

    @Test
    void getEventsFiltersByARangeOfPeriodsCountryAndSphere() throws ExchangeFaultException {
        long expected = 0;
        for (String period : new String[]{"2025-H1", "2025-H2", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"}) {
            expected += RegistryClient.json(RegistryClient.as("coordinator").get("/api/events?period=" + period
                    + "&kind=REPORT&country=BY&status=APPROVED&size=1")).asJsonObject().getJsonNumber("total")
                    .longValue();
        }
        assertTrue(expected > 0, "the demo reports of 2025 hold events with Belarus");
        GetEvents range = new GetEvents();
        range.period = "2025-Q1";
        range.periodTo = "2025-Q4";
        range.kind = "REPORT";
        range.countryCode = "BY";
        range.pageSize = 5;
        GetEventsResponse answer = port.getEvents(range, header());
        assertEquals(expected, answer.total);
        assertEquals(5, answer.events.size());

        GetEvents unknownSphere = new GetEvents();
        unknownSphere.sphereCode = "SPACE";
        assertEquals("UNKNOWN_SPHERE", assertThrows(ExchangeFaultException.class,
                () -> port.getEvents(unknownSphere, header())).getFaultInfo().code);
        GetEvents backwards = new GetEvents();
        backwards.period = "2026-H1";
        backwards.periodTo = "2025-Q1";
        assertEquals("UNKNOWN_PERIOD", assertThrows(ExchangeFaultException.class,
                () -> port.getEvents(backwards, header())).getFaultInfo().code);
    }

    @Test
    void theChangesFeedDeliversEveryApprovedEventOnceAndThenNothing() throws ExchangeFaultException {
        long approved = RegistryClient.json(RegistryClient.as("coordinator").get("/api/events?status=APPROVED&size=1"))
                .asJsonObject().getJsonNumber("total").longValue();
        Set<Long> seen = new HashSet<>();
        String cursor = null;
        int answers = 0;
        GetChangesResponse answer;
        do {
            GetChanges request = new GetChanges();
            request.cursor = cursor;
            request.maxSubmissions = 3;
            answer = port.getChanges(request, header());
            for (EventData event : answer.events) {
                assertTrue(seen.add(event.id), "event " + event.id + " delivered twice");
            }
            assertFalse(answer.nextCursor.isBlank());
            cursor = answer.nextCursor;
            answers++;
        } while (answer.more && answers < 1000);
        assertTrue(answers > 1, "the feed is paged");
        assertEquals(approved, seen.size(), "every approved event, each once");

        GetChanges again = new GetChanges();
        again.cursor = cursor;
        GetChangesResponse nothing = port.getChanges(again, header());
        assertTrue(nothing.events.isEmpty());
        assertFalse(nothing.more);
        assertEquals(cursor, nothing.nextCursor);

        GetChanges malformed = new GetChanges();
        malformed.cursor = "вчера";
        ExchangeFaultException fault = assertThrows(ExchangeFaultException.class,
                () -> port.getChanges(malformed, header()));
        assertEquals("INVALID_CURSOR", fault.getFaultInfo().code);
    }

    private static HttpResponse<String> rawGetDocument(String path, String envelope) {
        RegistryClient federal = RegistryClient.as("federal");
        HttpResponse<String> response = federal.send(federal.request(path)
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"" + ExchangeContract.NAMESPACE + ":GetDocument\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(SoapWire.signed(envelope))).build());
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    @Test
    void theConsolidatedDocumentComesAsAnMtomAttachment() throws Exception {
        GetDocument request = new GetDocument();
        request.kind = "REPORT";
        request.level = "MUNICIPAL";
        request.period = "2025-Q4";
        GetDocumentResponse document = mtomPort.getDocument(request, header());
        assertEquals("report-municipal-2025-Q4.docx", document.fileName);
        byte[] docx;
        try (InputStream in = document.content.getInputStream()) {
            docx = in.readAllBytes();
        }
        long approved = RegistryClient.json(RegistryClient.as("coordinator")
                .get("/api/events?period=2025-Q4&kind=REPORT&level=MUNICIPAL&status=APPROVED&size=1")).asJsonObject()
                .getJsonNumber("total").longValue();
        assertEquals(approved, new OfficialDocumentReader().read(new ByteArrayInputStream(docx), document.fileName)
                .document().rowCount());

        String envelope = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:x=\""
                + ExchangeContract.NAMESPACE + "\"><s:Header><x:ExchangeHeader><x:MessageId>" + UUID.randomUUID()
                + "</x:MessageId><x:Sender>federal</x:Sender><x:Recipient>smolensk-registry</x:Recipient>"
                + "<x:Timestamp>" + OffsetDateTime.now() + "</x:Timestamp></x:ExchangeHeader></s:Header><s:Body>"
                + "<x:GetDocument><x:Kind>REPORT</x:Kind><x:Level>MUNICIPAL</x:Level><x:Period>2025-Q4</x:Period>"
                + "</x:GetDocument></s:Body></s:Envelope>";
        HttpResponse<String> attached = rawGetDocument("/soap/EventExchangeMtom", envelope);
        assertTrue(attached.headers().firstValue("Content-Type").orElse("").startsWith("multipart/related"),
                attached.headers().map().toString());
        assertTrue(attached.body().contains("xop:Include"), "the document is referenced as an XOP attachment");
        HttpResponse<String> inline = rawGetDocument("/soap/EventExchange",
                envelope.replaceFirst("<x:MessageId>[^<]+<", "<x:MessageId>" + UUID.randomUUID() + "<"));
        assertTrue(inline.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"),
                "the main endpoint answers plain SOAP with the document inline");
        assertTrue(inline.body().contains("<Content>UEsDB") || inline.body().contains(":Content>UEsDB"),
                "inline base64 of a zip (.docx)");

        GetDocument unknown = new GetDocument();
        unknown.kind = "REPORT";
        unknown.level = "MUNICIPAL";
        unknown.period = "2025-H1";
        ExchangeFaultException fault = assertThrows(ExchangeFaultException.class,
                () -> port.getDocument(unknown, header()));
        assertEquals("UNKNOWN_PERIOD", fault.getFaultInfo().code);
    }
}
