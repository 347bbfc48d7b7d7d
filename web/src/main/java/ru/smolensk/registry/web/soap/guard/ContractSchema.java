package ru.smolensk.registry.web.soap.guard;

import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;

import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;

import ru.smolensk.registry.integration.exchange.ExchangeContract;

/**
 * The contract's schema ({@code wsdl/EventExchange-1.0.xsd}) that a request's header and body element are validated
 * against while the envelope is read ({@link InboundEnvelope}).
 */
final class ContractSchema {

    private static final String SCHEMA = "wsdl/EventExchange-1.0.xsd";
    private static final String ID_IDREF_CHECKING = "http://apache.org/xml/features/validation/id-idref-checking";
    private static final String IDENTITY_CONSTRAINT_CHECKING = "http://apache.org/xml/features/validation/identity-constraint-checking";

    private final Schema schema;
    /**
     * One validator per thread, started anew for every element it validates: building one costs more than validating
     * a small message.
     */
    private final ThreadLocal<ValidatorHandler> validators;

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
            validators = ThreadLocal.withInitial(this::newValidator);
        } catch (SAXException e) {
            throw new IllegalStateException("The contract schema " + SCHEMA + " cannot be read", e);
        }
    }

    /**
     * A validator without the checks of identity constraints and ID/IDREF: the contract declares neither, and the
     * bookkeeping of both costs at every element.
     */
    private ValidatorHandler newValidator() {
        ValidatorHandler validator = schema.newValidatorHandler();
        try {
            validator.setFeature(ID_IDREF_CHECKING, false);
            validator.setFeature(IDENTITY_CONSTRAINT_CHECKING, false);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // another validator than the JDK's: it keeps its checks
        }
        return validator;
    }

    /** The thread's validator; the caller starts a document on it before use. */
    ValidatorHandler validator() {
        return validators.get();
    }

    /** Drops the thread's validator after it refused something, so that no state of that message is kept. */
    void discard() {
        validators.remove();
    }
}
