package ru.smolensk.registry.web.soap.guard;

import java.io.IOException;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import ru.smolensk.registry.domain.application.exchange.ExchangeFaultCode;
import ru.smolensk.registry.integration.exchange.ExchangeContract;

/**
 * Strict validation of a request's header and body element against the contract's schema
 * ({@code wsdl/EventExchange-1.0.xsd}); a violation names the element by its path.
 */
final class ContractSchema {

    private static final String SCHEMA = "wsdl/EventExchange-1.0.xsd";
    private static final String CURRENT_NODE = "http://apache.org/xml/properties/dom/current-element-node";

    private final Schema schema;
    /** One validator per thread, reset before each use: building one costs more than validating a small message. */
    private final ThreadLocal<Validator> validators;

    ContractSchema() {
        URL xsd = ExchangeContract.class.getClassLoader().getResource(SCHEMA);
        if (xsd == null) {
            throw new IllegalStateException("The contract schema " + SCHEMA + " is not on the class path");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            schema = factory.newSchema(xsd);
            validators = ThreadLocal.withInitial(schema::newValidator);
        } catch (SAXException e) {
            throw new IllegalStateException("The contract schema " + SCHEMA + " cannot be read", e);
        }
    }

    /** Validates the header (when present) and the body element of the envelope. */
    void validate(InboundEnvelope envelope) throws Refusal {
        if (envelope.payload() == null) {
            throw new Refusal(ExchangeFaultCode.INVALID_CONTENT, "Тело сообщения SOAP пусто");
        }
        if (!ExchangeContract.NAMESPACE.equals(envelope.payload().getNamespaceURI())) {
            throw new Refusal(ExchangeFaultCode.INVALID_CONTENT, "Элемент тела сообщения {"
                    + envelope.payload().getNamespaceURI() + "}" + envelope.payload().getLocalName()
                    + " не относится к договору обмена " + ExchangeContract.NAMESPACE);
        }
        if (envelope.header() != null && ExchangeContract.NAMESPACE.equals(envelope.header().getNamespaceURI())) {
            check(envelope.header());
        }
        check(envelope.payload());
    }

    private void check(Element element) throws Refusal {
        Validator validator = validators.get();
        validator.reset();
        Violation violation = new Violation(validator);
        validator.setErrorHandler(violation);
        try {
            validator.validate(new DOMSource(element));
        } catch (SAXException e) {
            Node at = violation.node != null ? violation.node : element;
            boolean messageId = "MessageId".equals(at.getLocalName())
                    || "ReferenceMessageId".equals(at.getLocalName());
            throw new Refusal(messageId ? ExchangeFaultCode.MALFORMED_MESSAGE_ID : ExchangeFaultCode.INVALID_CONTENT,
                    (messageId
                            ? "Идентификатор сообщения должен быть UUID"
                            : "Сообщение не соответствует схеме договора обмена")
                            + ": элемент " + path(at) + " — " + e.getMessage());
        } catch (IOException e) {
            throw new Refusal(ExchangeFaultCode.INVALID_CONTENT, "Сообщение не прочитано: " + e.getMessage());
        }
    }

    /** The element's path from the body element, with positions among same-named siblings, e.g. /A/B[3]/C. */
    static String path(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node n = node; n instanceof Element e && !"Body".equals(e.getLocalName())
                && !"Header".equals(e.getLocalName()); n = n.getParentNode()) {
            int position = 1;
            int same = 0;
            for (Node s = n.getParentNode() == null ? null : n.getParentNode().getFirstChild(); s != null; s = s
                    .getNextSibling()) {
                if (s instanceof Element && e.getLocalName().equals(s.getLocalName())) {
                    same++;
                    if (s == n) {
                        position = same;
                    }
                }
            }
            path.insert(0, "/" + e.getLocalName() + (same > 1 ? "[" + position + "]" : ""));
        }
        return path.length() == 0 ? "/" : path.toString();
    }

    /** Remembers the element at which the first error was found, then stops the validation. */
    private static final class Violation implements ErrorHandler {
        private final Validator validator;
        private Node node;

        Violation(Validator validator) {
            this.validator = validator;
        }

        @Override
        public void warning(SAXParseException e) {
            // warnings do not refuse a message
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            remember();
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            remember();
            throw e;
        }

        private void remember() {
            try {
                node = (Node) validator.getProperty(CURRENT_NODE);
            } catch (SAXException | ClassCastException e) {
                node = null;
            }
        }
    }
}
