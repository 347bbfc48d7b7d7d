package ru.smolensk.registry.web.soap.guard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

import ru.smolensk.registry.domain.application.exchange.ExchangeFaultCode;

/**
 * A received SOAP envelope, read in one pass with a hardened streaming parser (a document type declaration, and
 * so any entity, external or expanding, is refused outright) that validates its header and body element against
 * the contract's schema as it reads them ({@link ContractSchema}). Gives the header's message ids and the operation
 * (the body's element) for the journal, and the first schema violation, if any.
 */
final class InboundEnvelope {

    private final Map<String, String> header;
    private final String operation;
    private final Refusal violation;

    InboundEnvelope(Map<String, String> header, String operation, Refusal violation) {
        this.header = header;
        this.operation = operation;
        this.violation = violation;
    }

    /**
     * Reads and validates an envelope.
     *
     * @throws Refusal when the body is not well-formed XML or declares a document type
     */
    static InboundEnvelope read(byte[] body, ContractSchema schema) throws Refusal {
        EnvelopeReader reader = new EnvelopeReader();
        try {
            XMLReader xml = schema.parser().getXMLReader();
            xml.setContentHandler(reader);
            xml.setErrorHandler(reader);
            xml.parse(new InputSource(new ByteArrayInputStream(body)));
        } catch (SAXParseException e) {
            schema.discard();
            if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
                throw new Refusal(ExchangeFaultCode.INVALID_CONTENT,
                        "Объявление типа документа (DOCTYPE) и сущности в сообщениях не допускаются");
            }
            throw new Refusal(ExchangeFaultCode.INVALID_CONTENT, "Сообщение не является правильным XML (строка "
                    + e.getLineNumber() + ", позиция " + e.getColumnNumber()
                    + "): проверьте парность тегов, кавычки атрибутов и кодировку UTF-8");
        } catch (SAXException | IOException e) {
            schema.discard();
            throw new Refusal(ExchangeFaultCode.INVALID_CONTENT,
                    "Сообщение не является правильным XML; ожидается конверт SOAP 1.1 в кодировке UTF-8");
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

    /** The header's message id in its canonical form (lower case), as written when it is not a UUID. */
    String messageId() {
        return canonical(header.get("MessageId"));
    }

    String referenceMessageId() {
        return canonical(header.get("ReferenceMessageId"));
    }

    /** The header's Sender as written, or null. */
    String sender() {
        String sender = header.get("Sender");
        return sender == null ? null : sender.strip();
    }

    boolean isTest() {
        String test = header.get("TestMessage");
        return test != null && ("true".equals(test.strip()) || "1".equals(test.strip()));
    }

    private static String canonical(String id) {
        return id == null ? null : id.strip().toLowerCase(Locale.ROOT);
    }
}
