package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.engine.WSSecurityEngine;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.w3c.dom.Document;

import ru.smolensk.registry.integration.exchange.signature.Certificates;
import ru.smolensk.registry.integration.exchange.signature.EnvelopeSigner;
import ru.smolensk.registry.integration.exchange.signature.SignatureAlgorithms;
import ru.smolensk.registry.integration.exchange.signature.SigningKey;
import ru.smolensk.registry.integration.exchange.signature.WsSecurity;

/**
 * A partner's signing key made at test time (RSA 2048, self-signed; never stored). Requests are signed with the
 * product's {@link EnvelopeSigner} (timestamp, body, ExchangeHeader, the certificate as a BinarySecurityToken), so the
 * tests exercise one signing code; that the registry accepts what a partner's own WSS4J stack signs is
 * {@code Wss4jInteropTest}'s check. The registry's answers are verified with Apache WSS4J against the registry's
 * certificate as the API publishes it: the independent check of what the registry signs.
 */
final class TestPartner {

    private static TestPartner federal;
    private static X509Certificate registry;

    /** How long a partner's timestamp stays valid (WSS4J's default time to live was an hour too). */
    private static final Duration VALIDITY = Duration.ofHours(1);

    final KeyPair keys;
    final X509Certificate certificate;
    private final EnvelopeSigner signer;

    static {
        SignatureAlgorithms.initialize(null);
        WSSConfig.init();
    }

    private TestPartner(String name, Instant notBefore, Instant notAfter) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            certificate = Certificates.selfSigned(keys, name, notBefore, notAfter, "SHA256withRSA");
            signer = new EnvelopeSigner(SigningKey.of(keys.getPrivate(), certificate), VALIDITY);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key of the demo partner {@code federal} for this run, bound to the account through the admin API. */
    static synchronized TestPartner federal() {
        if (federal == null) {
            TestPartner partner = unregistered("federal IT " + UUID.randomUUID());
            partner.register("federal");
            federal = partner; // only once bound: a failed binding is tried again by the next test
        }
        return federal;
    }

    /** A key whose certificate nobody registered. */
    static TestPartner unregistered(String name) {
        Instant now = Instant.now();
        return new TestPartner(name, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
    }

    /** A key whose certificate ended yesterday, bound to {@code federal}. */
    static TestPartner expired() {
        Instant now = Instant.now();
        TestPartner partner = new TestPartner("federal expired " + UUID.randomUUID(), now.minus(Duration.ofDays(30)),
                now.minus(Duration.ofDays(1)));
        partner.register("federal");
        return partner;
    }

    /** Binds the certificate to a partner account (as the administrator); the entry as the API answers it. */
    JsonObject register(String account) {
        RegistryClient admin = RegistryClient.as("admin");
        HttpResponse<String> response = admin.send(admin.request("/api/exchange/certificates?partner=" + account)
                .header("Content-Type", "application/x-pem-file")
                .POST(HttpRequest.BodyPublishers.ofString(Certificates.pem(certificate))).build());
        assertEquals(201, response.statusCode(), response.body());
        return RegistryClient.json(response).asJsonObject();
    }

    /** The product's signer with this partner's key (for a client's {@code SigningHandler}). */
    EnvelopeSigner signer() {
        return signer;
    }

    /** Signs an envelope; text that is no SOAP envelope (a test of malformed messages) is left as is. */
    byte[] sign(byte[] envelope) {
        Document document;
        try {
            document = WsSecurity.parse(envelope);
        } catch (IllegalArgumentException notXml) {
            return envelope;
        }
        if (!WsSecurity.SOAP_11.equals(document.getDocumentElement().getNamespaceURI())) {
            return envelope;
        }
        sign(document);
        return WsSecurity.serialize(document);
    }

    byte[] sign(String envelope) {
        return sign(envelope.getBytes(StandardCharsets.UTF_8));
    }

    /** Signs a SOAP 1.1 envelope in place. */
    void sign(Document document) {
        signer.sign(document, Instant.now());
    }

    /** Signs an envelope with a timestamp made by a clock that is off by the given time. */
    byte[] signAt(String envelope, Duration clockOffset) {
        Document document = WsSecurity.parse(envelope.getBytes(StandardCharsets.UTF_8));
        signer.sign(document, Instant.now().plus(clockOffset));
        return WsSecurity.serialize(document);
    }

    /** The registry's signing certificate, as the API gives it to administrators. */
    static synchronized X509Certificate registryCertificate() {
        if (registry == null) {
            HttpResponse<String> response = RegistryClient.as("admin").get("/api/exchange/certificates");
            assertEquals(200, response.statusCode(), response.body());
            registry = Certificates.parse(Certificates.bytes(RegistryClient.json(response).asJsonObject()
                    .getJsonObject("registry").getString("pem")));
        }
        return registry;
    }

    /**
     * Verifies with WSS4J that an envelope is signed by the given certificate (over its body and timestamp); the
     * certificate it verified with.
     */
    static X509Certificate verify(byte[] envelope, X509Certificate trusted) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("trusted", trusted);
            Merlin trust = new Merlin();
            trust.setTrustStore(store);
            RequestData data = new RequestData();
            data.setWssConfig(WSSConfig.getNewInstance());
            data.setSigVerCrypto(trust);
            WSHandlerResult result = new WSSecurityEngine().processSecurityHeader(WsSecurity.parse(envelope), data);
            if (result == null || result.getActionResults().get(WSConstants.SIGN) == null) {
                throw new AssertionError("not signed: " + new String(envelope, StandardCharsets.UTF_8));
            }
            return (X509Certificate) result.getActionResults().get(WSConstants.SIGN).get(0)
                    .get(WSSecurityEngineResult.TAG_X509_CERTIFICATE);
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("the signature does not verify: " + e + "\n"
                    + new String(envelope, StandardCharsets.UTF_8), e);
        }
    }

    /** Verifies an answer of the registry (text/xml, or the envelope within a multipart one). */
    static X509Certificate verifyAnswer(String answer) {
        java.util.regex.Matcher open = java.util.regex.Pattern.compile("<([\\w.-]+:)?Envelope[\\s>]").matcher(answer);
        int start = open.find() ? open.start() : -1;
        int end = answer.lastIndexOf("Envelope>");
        if (start < 0 || end < 0) {
            throw new AssertionError("no SOAP answer: " + answer);
        }
        return verify(answer.substring(start, end + "Envelope>".length()).getBytes(StandardCharsets.UTF_8),
                registryCertificate());
    }

    static String fingerprint(X509Certificate certificate) {
        return Certificates.fingerprint(certificate);
    }

}
