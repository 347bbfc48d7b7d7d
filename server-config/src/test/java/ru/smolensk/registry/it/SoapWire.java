package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.json.JsonObject;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * SOAP messages on the wire, as a partner's integrator writes them by hand: envelopes as bytes, sent as text/xml or
 * as the root part of a multipart/related (MTOM/XOP) message, answers read as XML, and the journal entries the
 * coordinator sees for a message id.
 */
final class SoapWire {

    static final String NS = "urn:smolensk:registry:exchange:1.0";
    static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String PLAIN = "/soap/EventExchange";
    static final String MTOM = "/soap/EventExchangeMtom";
    private static final String BOUNDARY = "uuid:7d1c9f2e-partner-boundary";

    private SoapWire() {
    }

    /** A header as the contract wants it: the partner's code, the registry's code, the time now. */
    static String header(String messageId) {
        return header(messageId, "federal", "smolensk-registry", OffsetDateTime.now().toString(), null, false);
    }

    static String header(String messageId, String sender, String recipient, String timestamp, String reference,
            boolean test) {
        return "<x:ExchangeHeader xmlns:x=\"" + NS + "\"><x:MessageId>" + messageId + "</x:MessageId>"
                + (reference == null ? "" : "<x:ReferenceMessageId>" + reference + "</x:ReferenceMessageId>")
                + "<x:Sender>" + sender + "</x:Sender><x:Recipient>" + recipient + "</x:Recipient><x:Timestamp>"
                + timestamp + "</x:Timestamp>" + (test ? "<x:TestMessage>true</x:TestMessage>" : "")
                + "</x:ExchangeHeader>";
    }

    static String envelope(String headerBlocks, String body) {
        return "<soapenv:Envelope xmlns:soapenv=\"" + SOAP_11 + "\" xmlns:x=\"" + NS + "\">\r\n  <soapenv:Header>"
                + headerBlocks + "</soapenv:Header>\r\n  <soapenv:Body>" + body
                + "</soapenv:Body>\r\n</soapenv:Envelope>";
    }

    static String record(String recordId, String period, String name, String dates) {
        return "<x:Record><x:RecordId>" + recordId + "</x:RecordId><x:Kind>REPORT</x:Kind><x:Level>MUNICIPAL</x:Level>"
                + "<x:Period>" + period + "</x:Period><x:OrganizationCode>smolensk</x:OrganizationCode><x:Columns>"
                + "<x:Name>" + name + "</x:Name><x:Place>г. Смоленск</x:Place>"
                + (dates == null ? "" : "<x:Dates>" + dates + "</x:Dates>") + "</x:Columns></x:Record>";
    }

    /** The envelope signed by the partner {@code federal} (WSS4J); bytes that are no envelope are left as they are. */
    static byte[] signed(String envelope) {
        return TestPartner.federal().sign(envelope);
    }

    private static boolean isSigned(byte[] envelope) {
        return new String(envelope, StandardCharsets.UTF_8).contains("oasis-200401-wss-wssecurity-secext-1.0.xsd");
    }

    /**
     * Sends the envelope's bytes as text/xml with the SOAPAction of the operation, signed by the partner
     * {@code federal} unless they are signed already.
     */
    static HttpResponse<String> post(RegistryClient client, String path, String operation, byte[] envelope) {
        byte[] sent = isSigned(envelope) ? envelope : TestPartner.federal().sign(envelope);
        return client.send(client.request(path).header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"" + NS + ":" + operation + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(sent)).build());
    }

    static HttpResponse<String> post(RegistryClient client, String path, String operation, String envelope) {
        return post(client, path, operation, envelope.getBytes(StandardCharsets.UTF_8));
    }

    /** The envelope, signed by {@code federal}, as the root part of a multipart/related message (MTOM/XOP). */
    static byte[] multipart(String envelope) {
        byte[] bytes = envelope.getBytes(StandardCharsets.UTF_8);
        String root = new String(isSigned(bytes) ? bytes : TestPartner.federal().sign(bytes), StandardCharsets.UTF_8);
        return ("--" + BOUNDARY + "\r\nContent-Type: application/xop+xml; charset=UTF-8; type=\"text/xml\"\r\n"
                + "Content-Transfer-Encoding: binary\r\nContent-ID: <root.message@partner>\r\n\r\n" + root
                + "\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static HttpResponse<String> postMultipart(RegistryClient client, String path, String operation, byte[] body) {
        return client.send(client.request(path)
                .header("Content-Type", "multipart/related; type=\"application/xop+xml\"; boundary=\"" + BOUNDARY
                        + "\"; start=\"<root.message@partner>\"; start-info=\"text/xml\"")
                .header("SOAPAction", "\"" + NS + ":" + operation + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Document xml(HttpResponse<String> response) {
        String body = response.body();
        int start = body.indexOf("<soap:Envelope") >= 0 ? body.indexOf("<soap:Envelope") : body.indexOf('<');
        int end = body.lastIndexOf("Envelope>");
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                    body.substring(Math.max(0, start), end + "Envelope>".length()).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not a SOAP answer: " + response.statusCode() + " " + body, e);
        }
    }

    /** The texts of the elements of the contract with the local name. */
    static List<String> texts(Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS(NS, localName);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(((Element) nodes.item(i)).getTextContent());
        }
        return texts;
    }

    static String text(Document document, String localName) {
        List<String> texts = texts(document, localName);
        return texts.isEmpty() ? null : texts.get(0);
    }

    /** The {@code faultcode} of a SOAP 1.1 fault, without its prefix. */
    static String faultCode(Document document) {
        NodeList nodes = document.getElementsByTagName("faultcode");
        String code = nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
        return code.substring(code.indexOf(':') + 1);
    }

    /** The journal entries of a message id of the partner {@code federal}, newest first, waiting for at least one. */
    static List<JsonObject> journal(String messageId, int atLeast) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            HttpResponse<String> response = RegistryClient.as("coordinator")
                    .get("/api/exchange/journal?partner=federal&messageId=" + messageId);
            assertEquals(200, response.statusCode(), response.body());
            List<JsonObject> found = RegistryClient.json(response).asJsonArray().getValuesAs(JsonObject.class)
                    .stream().filter(j -> messageId.equals(j.getString("messageId"))).toList();
            if (found.size() >= atLeast) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("message " + messageId + " journaled " + found.size() + " times: " + found);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The journal entry with its texts. */
    static JsonObject opened(JsonObject entry) {
        HttpResponse<String> response = RegistryClient.as("coordinator")
                .get("/api/exchange/journal/" + entry.getJsonNumber("id").longValue());
        assertEquals(200, response.statusCode(), response.body());
        return RegistryClient.json(response).asJsonObject();
    }
}
