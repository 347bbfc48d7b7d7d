package ru.smolensk.registry.web.soap.guard;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

import ru.smolensk.registry.domain.application.exchange.ExchangeFaultCode;

/**
 * A received SOAP envelope, read in one pass with a hardened streaming parser (a document type declaration, and
 * so any entity, external or expanding, is refused outright) while its header and body element are validated
 * against the contract's schema. Gives the header's message ids and the operation (the body's element) for the
 * journal, and the first schema violation, if any.
 */
final class InboundEnvelope {

    private final String messageId;
    private final String referenceMessageId;
    private final String testMessage;
    private final String operation;
    private final Refusal violation;

    InboundEnvelope(String messageId, String referenceMessageId, String testMessage, String operation,
            Refusal violation) {
        this.messageId = messageId;
        this.referenceMessageId = referenceMessageId;
        this.testMessage = testMessage;
        this.operation = operation;
        this.violation = violation;
    }

    /**
     * Reads and validates an envelope.
     *
     * @throws Refusal when the body is not well-formed XML or declares a document type
     */
    static InboundEnvelope read(byte[] body, ContractSchema schema) throws Refusal {
        EnvelopeReader reader = new EnvelopeReader(schema);
        try {
            XMLReader xml = parser().getXMLReader();
            xml.setContentHandler(reader);
            xml.setErrorHandler(reader);
            xml.parse(new InputSource(new ByteArrayInputStream(body)));
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
        return reader.envelope();
    }

    /** Refuses the message when it is not a SOAP envelope or breaks the contract's schema. */
    void requireValid() throws Refusal {
        if (violation != null) {
            throw violation;
        }
    }

    /** The operation: the local name of the body's element. */
    String operation() {
        return operation;
    }

    String messageId() {
        return messageId;
    }

    String referenceMessageId() {
        return referenceMessageId;
    }

    boolean isTest() {
        return testMessage != null && ("true".equals(testMessage.strip()) || "1".equals(testMessage.strip()));
    }

    /**
     * One hardened parser per thread, reset before each use: building a parser (factory look-up and parser
     * configuration) cost more than parsing a small message.
     */
    private static final ThreadLocal<SAXParser> PARSERS = ThreadLocal.withInitial(InboundEnvelope::newParser);

    private static SAXParser parser() {
        SAXParser parser = PARSERS.get();
        parser.reset();
        return parser;
    }

    private static SAXParser newParser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return parser;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Hardened XML parser unavailable", e);
        }
    }
}
