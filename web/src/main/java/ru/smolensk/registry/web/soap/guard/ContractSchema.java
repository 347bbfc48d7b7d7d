package ru.smolensk.registry.web.soap.guard;

import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;

import ru.smolensk.registry.integration.exchange.ExchangeContract;

/**
 * The contract's schema ({@code wsdl/EventExchange-1.0.xsd}) with the SOAP 1.1 and 1.2 envelopes as the guard reads
 * them (their header entries validated when declared, their body element always), and the hardened parsers that
 * validate a request against it while reading it ({@link InboundEnvelope}): the validation runs inside the parser,
 * not behind it, which spares converting every parse event for a separate validator.
 */
final class ContractSchema {

    /** From the root of the class path (the integration module's contract). */
    private static final String CONTRACT = "/wsdl/EventExchange-1.0.xsd";
    /** Beside this class. */
    private static final String SOAP_11_ENVELOPE = "soap-1.1-envelope.xsd";
    private static final String SOAP_12_ENVELOPE = "soap-1.2-envelope.xsd";
    private static final String ID_IDREF_CHECKING = "http://apache.org/xml/features/validation/id-idref-checking";
    private static final String IDENTITY_CONSTRAINT_CHECKING = "http://apache.org/xml/features/validation/identity-constraint-checking";
    private static final String AUGMENT_PSVI = "http://apache.org/xml/features/validation/schema/augment-psvi";

    private final Schema schema;
    /**
     * One parser per thread, reset before each use: building a parser (factory look-up, configuration and the
     * validator's grammar pool) costs more than reading a small message.
     */
    private final ThreadLocal<SAXParser> parsers;

    ContractSchema() {
        try {
            // The JDK's own implementation, not whatever a library on the class path registers as a service: the
            // OpenDocument reader brings Apache Xerces, which does not know the JAXP 1.5 access properties below.
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            schema = factory.newSchema(new Source[]{source(ExchangeContract.class, CONTRACT),
                    source(ContractSchema.class, SOAP_11_ENVELOPE), source(ContractSchema.class, SOAP_12_ENVELOPE)});
            parsers = ThreadLocal.withInitial(this::newParser);
        } catch (SAXException e) {
            throw new IllegalStateException("The contract schema " + CONTRACT + " cannot be read", e);
        }
    }

    /** A schema as a resource of the class (a name relative to its package, or absolute). */
    private static Source source(Class<?> owner, String name) {
        URL xsd = owner.getResource(name);
        if (xsd == null) {
            throw new IllegalStateException("The schema " + name + " is not on the class path");
        }
        return new StreamSource(xsd.toExternalForm());
    }

    /** The thread's parser, reset: namespace aware, validating, refusing any document type declaration. */
    SAXParser parser() {
        SAXParser parser = parsers.get();
        parser.reset();
        return parser;
    }

    /** Drops the thread's parser after a parse that failed, so that nothing of that message is kept. */
    void discard() {
        parsers.remove();
    }

    /**
     * A hardened validating parser: no document type declaration, so no entity, external or expanding; no external
     * schema or DTD. The checks of identity constraints and ID/IDREF are off (the contract declares neither, and their
     * bookkeeping costs at every element), and so is the post-schema-validation infoset, which nothing reads.
     */
    private SAXParser newParser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance(); // the JDK's, as the schema factory
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setSchema(schema);
            switchOff(factory, ID_IDREF_CHECKING);
            switchOff(factory, IDENTITY_CONSTRAINT_CHECKING);
            switchOff(factory, AUGMENT_PSVI);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return parser;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Hardened XML parser unavailable", e);
        }
    }

    private static void switchOff(SAXParserFactory factory, String feature) throws ParserConfigurationException {
        try {
            factory.setFeature(feature, false);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // another parser than the JDK's: it keeps its checks
        }
    }
}
