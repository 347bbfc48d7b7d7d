package ru.smolensk.registry.integration.exchange.signature;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.Reference;
import org.apache.xml.security.signature.SignedInfo;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Verifies the WS-Security signature of a SOAP 1.1 envelope: exactly one {@code wsse:Security} header with one
 * timestamp and one signature; the signature (Santuario, secure validation) verifies with the X.509 certificate the
 * message carries; its references are exclusive C14N of the body, the {@code ExchangeHeader} and the timestamp, all
 * three covered, found by unique {@code wsu:Id}s (no signature wrapping); the timestamp lies within the accepted
 * age. Whether the certificate is one the registry trusts is the caller's business.
 */
public final class EnvelopeVerifier {

    private final Set<String> acceptedMethods;
    private final Duration maxAge;
    private final Duration futureSkew;

    /**
     * @param acceptedMethods the signature method URIs accepted
     * @param maxAge how old a timestamp's {@code Created} may be
     * @param futureSkew how far ahead of the registry's clock a {@code Created} may lie
     */
    public EnvelopeVerifier(Set<String> acceptedMethods, Duration maxAge, Duration futureSkew) {
        this.acceptedMethods = Set.copyOf(acceptedMethods);
        this.maxAge = maxAge;
        this.futureSkew = futureSkew;
    }

    public VerifiedSignature verify(Document envelope, Instant now) throws SignatureRefusal {
        Element header = WsSecurity.header(envelope);
        List<Element> securities = WsSecurity.children(header, WsSecurity.WSSE, "Security");
        if (securities.isEmpty()) {
            throw invalid("Сообщение не подписано: нет заголовка wsse:Security с подписью (WS-Security) отправителя");
        }
        if (securities.size() > 1) {
            throw invalid("В сообщении несколько заголовков wsse:Security; ожидается один");
        }
        Element security = securities.get(0);
        Element signatureElement = single(security, WsSecurity.DSIG, "Signature", "ds:Signature");
        Element timestamp = single(security, WsSecurity.WSU, "Timestamp", "wsu:Timestamp");
        Map<String, Element> ids = registerIds(envelope);
        try {
            XMLSignature signature = new XMLSignature(signatureElement, "", true);
            SignedInfo info = signature.getSignedInfo();
            String method = info.getSignatureMethodURI();
            if (!acceptedMethods.contains(method)) {
                throw invalid("Алгоритм подписи " + method + " не принимается; допустимы: " + acceptedMethods);
            }
            if (!Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS.equals(info.getCanonicalizationMethodURI())) {
                throw invalid("Каноникализация SignedInfo должна быть исключающей ("
                        + Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS + ")");
            }
            requireCovered(info, ids, envelope, timestamp);
            X509Certificate certificate = certificate(signature, security, ids);
            if (!signature.checkSignatureValue(certificate)) {
                throw invalid(
                        "Подпись сообщения не верна: сообщение изменено после подписания или подписано другим ключом");
            }
            Instant created = checkTimestamp(timestamp, now);
            return new VerifiedSignature(certificate, method, created);
        } catch (XMLSecurityException e) {
            throw invalid("Подпись сообщения не проверяется: " + e.getMessage());
        }
    }

    private static Element single(Element security, String namespace, String localName, String name)
            throws SignatureRefusal {
        List<Element> found = WsSecurity.children(security, namespace, localName);
        if (found.size() != 1) {
            throw invalid("В заголовке wsse:Security ожидается один элемент " + name + ", найдено: " + found.size());
        }
        return found.get(0);
    }

    /** Every {@code wsu:Id} of the document, registered as an ID; a repeated one refuses the message. */
    private static Map<String, Element> registerIds(Document envelope) throws SignatureRefusal {
        Map<String, Element> ids = new HashMap<>();
        NodeList all = envelope.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            NamedNodeMap attributes = element.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Attr attr = (Attr) attributes.item(a);
                if (WsSecurity.WSU.equals(attr.getNamespaceURI()) && "Id".equals(attr.getLocalName())) {
                    if (ids.put(attr.getValue(), element) != null) {
                        throw invalid("Идентификатор wsu:Id «" + attr.getValue() + "» повторяется в сообщении");
                    }
                    element.setIdAttributeNode(attr, true);
                }
            }
        }
        return ids;
    }

    /** The body, the ExchangeHeader (when present) and the timestamp, each by a reference of its own. */
    private static void requireCovered(SignedInfo info, Map<String, Element> ids, Document envelope,
            Element timestamp) throws XMLSecurityException, SignatureRefusal {
        Set<Node> covered = new HashSet<>();
        for (int i = 0; i < info.getLength(); i++) {
            Reference reference = info.item(i);
            String uri = reference.getURI();
            if (uri == null || !uri.startsWith("#") || !ids.containsKey(uri.substring(1))) {
                throw invalid("Ссылка подписи «" + uri + "» не указывает на элемент сообщения по wsu:Id");
            }
            Transforms transforms = reference.getTransforms();
            if (transforms == null || transforms.getLength() != 1
                    || !Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS.equals(transforms.item(0).getURI())) {
                throw invalid("Ссылка подписи «" + uri + "»: допускается только преобразование "
                        + Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
            }
            covered.add(ids.get(uri.substring(1)));
        }
        require(covered, WsSecurity.body(envelope), "тело сообщения (soap:Body)");
        Element exchangeHeader = WsSecurity.exchangeHeader(envelope);
        if (exchangeHeader != null) {
            require(covered, exchangeHeader, "заголовок ExchangeHeader");
        }
        require(covered, timestamp, "метку времени wsu:Timestamp");
    }

    private static void require(Set<Node> covered, Element element, String what) throws SignatureRefusal {
        if (element == null || !covered.contains(element)) {
            throw invalid("Подпись не охватывает " + what + "; подписываются тело, ExchangeHeader и wsu:Timestamp");
        }
    }

    /** The certificate the signature refers to: a BinarySecurityToken of the header, or one in the KeyInfo. */
    private static X509Certificate certificate(XMLSignature signature, Element security, Map<String, Element> ids)
            throws XMLSecurityException, SignatureRefusal {
        if (signature.getKeyInfo() != null) {
            Element keyInfo = signature.getKeyInfo().getElement();
            Element str = WsSecurity.child(keyInfo, WsSecurity.WSSE, "SecurityTokenReference");
            Element reference = WsSecurity.child(str, WsSecurity.WSSE, "Reference");
            if (reference != null) {
                String uri = reference.getAttribute("URI");
                Element token = uri.startsWith("#") ? ids.get(uri.substring(1)) : null;
                if (token == null || token.getParentNode() != security
                        || !WsSecurity.WSSE.equals(token.getNamespaceURI())
                        || !"BinarySecurityToken".equals(token.getLocalName())
                        || !WsSecurity.X509_TOKEN.equals(token.getAttribute("ValueType"))) {
                    throw invalid("Ссылка на сертификат «" + uri + "» не указывает на wsse:BinarySecurityToken X.509v3"
                            + " заголовка wsse:Security");
                }
                try {
                    return Certificates.parseBase64(token.getTextContent());
                } catch (IllegalArgumentException e) {
                    throw invalid("wsse:BinarySecurityToken не содержит сертификат X.509");
                }
            }
            X509Certificate inline = signature.getKeyInfo().getX509Certificate();
            if (inline != null) {
                return inline;
            }
        }
        throw invalid("В подписи нет сертификата отправителя (wsse:BinarySecurityToken или ds:X509Data)");
    }

    private Instant checkTimestamp(Element timestamp, Instant now) throws SignatureRefusal {
        Instant created = instant(WsSecurity.child(timestamp, WsSecurity.WSU, "Created"), "Created");
        Element expiresElement = WsSecurity.child(timestamp, WsSecurity.WSU, "Expires");
        if (created.isAfter(now.plus(futureSkew))) {
            throw stale("Метка времени wsu:Created " + created + " позже времени реестра " + now);
        }
        if (created.isBefore(now.minus(maxAge))) {
            throw stale("Метка времени wsu:Created " + created + " старше " + maxAge.toSeconds()
                    + " с: сообщение подписано слишком давно или повторено");
        }
        if (expiresElement != null && instant(expiresElement, "Expires").isBefore(now)) {
            throw stale("Срок действия метки времени истек (wsu:Expires " + expiresElement.getTextContent().strip()
                    + ")");
        }
        return created;
    }

    private static Instant instant(Element element, String name) throws SignatureRefusal {
        if (element == null) {
            throw stale("В метке времени wsu:Timestamp нет wsu:" + name);
        }
        try {
            return java.time.OffsetDateTime.parse(element.getTextContent().strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw stale("wsu:" + name + " «" + element.getTextContent().strip() + "» не является временем xs:dateTime с"
                    + " часовым поясом");
        }
    }

    private static SignatureRefusal invalid(String message) {
        return new SignatureRefusal(SignatureRefusal.Kind.INVALID_SIGNATURE, message);
    }

    private static SignatureRefusal stale(String message) {
        return new SignatureRefusal(SignatureRefusal.Kind.STALE_TIMESTAMP, message);
    }
}
