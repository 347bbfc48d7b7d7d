package ru.smolensk.registry.integration.exchange.signature;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Signs a SOAP 1.1 envelope: a {@code wsse:Security} header (mustUnderstand) with a timestamp, the signer's
 * certificate and a signature over the body, the {@code ExchangeHeader} (when there is one) and the timestamp, each
 * reference canonicalized with exclusive C14N, the key referred to by a {@code wsse:SecurityTokenReference}.
 */
public final class EnvelopeSigner {

    private final SigningKey key;
    private final Duration validity;

    /** @param validity how long after signing the timestamp's {@code Expires} lies */
    public EnvelopeSigner(SigningKey key, Duration validity) {
        this.key = key;
        this.validity = validity;
    }

    public SigningKey key() {
        return key;
    }

    /** Signs the envelope in place (a security header already there is replaced). */
    public void sign(Document envelope, Instant now) {
        Element root = envelope.getDocumentElement();
        if (!WsSecurity.SOAP_11.equals(root.getNamespaceURI()) || !"Envelope".equals(root.getLocalName())) {
            throw new IllegalArgumentException("Not a SOAP 1.1 envelope");
        }
        String soap = root.getPrefix() == null ? "" : root.getPrefix() + ":";
        Element header = WsSecurity.header(envelope);
        if (header == null) {
            header = envelope.createElementNS(WsSecurity.SOAP_11, soap + "Header");
            root.insertBefore(header, WsSecurity.body(envelope));
        }
        for (Element old : WsSecurity.children(header, WsSecurity.WSSE, "Security")) {
            header.removeChild(old);
        }
        Element security = envelope.createElementNS(WsSecurity.WSSE, "wsse:Security");
        security.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:wsse", WsSecurity.WSSE);
        security.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:wsu", WsSecurity.WSU);
        security.setAttributeNS(WsSecurity.SOAP_11, soap + "mustUnderstand", "1");
        header.insertBefore(security, header.getFirstChild());

        Element timestamp = wsu(envelope, "Timestamp");
        Instant created = now.truncatedTo(ChronoUnit.MILLIS);
        timestamp.appendChild(wsu(envelope, "Created")).setTextContent(created.toString());
        timestamp.appendChild(wsu(envelope, "Expires")).setTextContent(created.plus(validity).toString());
        security.appendChild(timestamp);
        String timestampId = identify(timestamp, "TS");

        Element token = envelope.createElementNS(WsSecurity.WSSE, "wsse:BinarySecurityToken");
        token.setAttribute("EncodingType", WsSecurity.BASE64);
        token.setAttribute("ValueType", WsSecurity.X509_TOKEN);
        token.setTextContent(Base64.getEncoder().encodeToString(Certificates.der(key.certificate())));
        security.appendChild(token);
        String tokenId = identify(token, "X509");

        try {
            XMLSignature signature = new XMLSignature(envelope, "", key.signatureMethod(),
                    Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
            security.appendChild(signature.getElement());
            Element exchangeHeader = WsSecurity.exchangeHeader(envelope);
            if (exchangeHeader != null) {
                reference(signature, envelope, identify(exchangeHeader, "EH"));
            }
            reference(signature, envelope, identify(WsSecurity.body(envelope), "Body"));
            reference(signature, envelope, timestampId);
            Element str = envelope.createElementNS(WsSecurity.WSSE, "wsse:SecurityTokenReference");
            Element ref = envelope.createElementNS(WsSecurity.WSSE, "wsse:Reference");
            ref.setAttribute("URI", "#" + tokenId);
            ref.setAttribute("ValueType", WsSecurity.X509_TOKEN);
            str.appendChild(ref);
            signature.getKeyInfo().addUnknownElement(str);
            signature.sign(key.privateKey());
        } catch (XMLSecurityException e) {
            throw new IllegalStateException("The message cannot be signed: " + e.getMessage(), e);
        }
    }

    private void reference(XMLSignature signature, Document envelope, String id) throws XMLSecurityException {
        Transforms transforms = new Transforms(envelope);
        transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
        signature.addDocument("#" + id, transforms, key.digestMethod());
    }

    private static Element wsu(Document document, String localName) {
        return document.createElementNS(WsSecurity.WSU, "wsu:" + localName);
    }

    /** The element's {@code wsu:Id}, given one when it has none, and registered as an ID of the document. */
    private static String identify(Element element, String prefix) {
        String id = element.getAttributeNS(WsSecurity.WSU, "Id");
        if (id.isEmpty()) {
            id = prefix + "-" + UUID.randomUUID();
            element.setAttributeNS(WsSecurity.WSU, "wsu:Id", id);
            if (element.lookupNamespaceURI("wsu") == null) {
                element.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:wsu", WsSecurity.WSU);
            }
        }
        element.setIdAttributeNS(WsSecurity.WSU, "Id", true);
        return id;
    }
}
