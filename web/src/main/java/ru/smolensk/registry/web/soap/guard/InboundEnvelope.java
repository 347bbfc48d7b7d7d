package ru.smolensk.registry.web.soap.guard;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import ru.smolensk.registry.domain.application.exchange.ExchangeFaultCode;

/**
 * A received SOAP envelope, parsed with a hardened parser: a document type declaration (and so any entity,
 * external or expanding) is refused outright. Gives the header's message ids and the operation (the body's
 * element) for the journal, and the two elements to validate.
 */
final class InboundEnvelope {

    private static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String SOAP_12 = "http://www.w3.org/2003/05/soap-envelope";

    private final Element header;
    private final Element payload;

    private InboundEnvelope(Element header, Element payload) {
        this.header = header;
        this.payload = payload;
    }

    static InboundEnvelope parse(byte[] body) throws Refusal {
        Document document;
        try {
            document = builder().parse(new ByteArrayInputStream(body));
        } catch (SAXParseException e) {
            if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
                throw new Refusal(ExchangeFaultCode.INVALID_CONTENT,
                        "Объявление типа документа (DOCTYPE) и сущности в сообщениях не допускаются");
            }
            throw new Refusal(ExchangeFaultCode.INVALID_CONTENT, "Сообщение не является правильным XML (строка "
                    + e.getLineNumber() + ", позиция " + e.getColumnNumber() + "): " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new Refusal(ExchangeFaultCode.INVALID_CONTENT, "Сообщение не является правильным XML: "
                    + e.getMessage());
        }
        Element envelope = document.getDocumentElement();
        if (!"Envelope".equals(envelope.getLocalName()) || !(SOAP_11.equals(envelope.getNamespaceURI())
                || SOAP_12.equals(envelope.getNamespaceURI()))) {
            throw new Refusal(ExchangeFaultCode.INVALID_CONTENT, "Сообщение не является конвертом SOAP");
        }
        Element header = firstElement(child(envelope, "Header"));
        Element payload = firstElement(child(envelope, "Body"));
        return new InboundEnvelope(header, payload);
    }

    /** The operation: the local name of the body's element. */
    String operation() {
        return payload == null ? null : payload.getLocalName();
    }

    String messageId() {
        return headerValue("MessageId");
    }

    String referenceMessageId() {
        return headerValue("ReferenceMessageId");
    }

    boolean isTest() {
        String test = headerValue("TestMessage");
        return test != null && ("true".equals(test.strip()) || "1".equals(test.strip()));
    }

    Element header() {
        return header;
    }

    Element payload() {
        return payload;
    }

    private String headerValue(String name) {
        Element value = header == null ? null : child(header, name);
        return value == null ? null : value.getTextContent();
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static Element firstElement(Element parent) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    /**
     * One hardened parser per thread, reset before each use: building a parser (factory look-up and parser
     * configuration) cost more than parsing a small message.
     */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(InboundEnvelope::newBuilder);

    private static DocumentBuilder builder() {
        DocumentBuilder builder = BUILDERS.get();
        builder.reset();
        builder.setErrorHandler(null);
        return builder;
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("Hardened XML parser unavailable", e);
        }
    }
}
