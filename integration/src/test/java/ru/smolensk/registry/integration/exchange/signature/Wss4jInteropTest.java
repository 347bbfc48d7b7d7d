package ru.smolensk.registry.integration.exchange.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.engine.WSSecurityEngine;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.apache.wss4j.common.WSEncryptionPart;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.apache.wss4j.dom.message.WSSecSignature;
import org.apache.wss4j.dom.message.WSSecTimestamp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The registry's signatures against another implementation: what WSS4J (the WS-Security stack of Apache CXF) signs,
 * the registry verifies, and what the registry signs, WSS4J verifies.
 */
class Wss4jInteropTest {

    @BeforeAll
    static void initialize() {
        SignatureAlgorithms.initialize(null);
        WSSConfig.init();
    }

    static Merlin crypto(SigningKey key) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("partner", key.privateKey(), "secret".toCharArray(), new Certificate[]{key.certificate()});
        Merlin crypto = new Merlin();
        crypto.setKeyStore(store);
        crypto.setTrustStore(store);
        return crypto;
    }

    /** Signs as a partner's WSS4J client would: timestamp, body and ExchangeHeader, the certificate in a token. */
    static void signWithWss4j(Document document, SigningKey key) throws Exception {
        WSSecHeader header = new WSSecHeader(document);
        header.insertSecurityHeader();
        WSSecTimestamp timestamp = new WSSecTimestamp(header);
        timestamp.setTimeToLive(300);
        timestamp.build();
        WSSecSignature signature = new WSSecSignature(header);
        signature.setUserInfo("partner", "secret");
        signature.setKeyIdentifierType(WSConstants.BST_DIRECT_REFERENCE);
        signature.setSignatureAlgorithm(SignatureAlgorithms.signatureFor(key.privateKey()));
        signature.setDigestAlgo(WSConstants.SHA256);
        signature.getParts().add(new WSEncryptionPart("Body", WsSecurity.SOAP_11, ""));
        signature.getParts().add(new WSEncryptionPart("ExchangeHeader", WsSecurity.EXCHANGE_NS, ""));
        signature.getParts().add(new WSEncryptionPart("Timestamp", WsSecurity.WSU, ""));
        signature.build(crypto(key));
    }

    @Test
    void theRegistryVerifiesWhatWss4jSigned() throws Exception {
        for (SigningKey key : List.of(TestKeys.rsa("wss4j-rsa"), TestKeys.ec("wss4j-ec"))) {
            Document document = WsSecurity.parse(EnvelopeSignatureTest.ENVELOPE.getBytes(StandardCharsets.UTF_8));
            signWithWss4j(document, key);
            byte[] wire = WsSecurity.serialize(document);
            VerifiedSignature verified = new EnvelopeVerifier(SignatureAlgorithms.DEFAULT_ACCEPTED,
                    Duration.ofMinutes(5), Duration.ofMinutes(1)).verify(WsSecurity.parse(wire), Instant.now());
            assertEquals(Certificates.fingerprint(key.certificate()), verified.fingerprint());
        }
    }

    @Test
    void wss4jVerifiesWhatTheRegistrySigned() throws Exception {
        for (SigningKey key : List.of(TestKeys.rsa("registry-rsa"), TestKeys.ec("registry-ec"))) {
            byte[] signed = EnvelopeSignatureTest.signed(key, EnvelopeSignatureTest.ENVELOPE, Instant.now());
            WSHandlerResult result = verifyWithWss4j(signed, key);
            List<WSSecurityEngineResult> signatures = result.getActionResults().get(WSConstants.SIGN);
            assertEquals(1, signatures.size());
            assertEquals(key.certificate(), signatures.get(0).get(WSSecurityEngineResult.TAG_X509_CERTIFICATE));
            String changed = new String(signed, StandardCharsets.UTF_8).replace("<x:Ping/>", "<x:Ping>x</x:Ping>");
            assertThrows(WSSecurityException.class,
                    () -> verifyWithWss4j(changed.getBytes(StandardCharsets.UTF_8), key));
        }
    }

    static WSHandlerResult verifyWithWss4j(byte[] envelope, SigningKey trusted) throws Exception {
        RequestData data = new RequestData();
        data.setWssConfig(WSSConfig.getNewInstance());
        data.setSigVerCrypto(crypto(trusted));
        return new WSSecurityEngine().processSecurityHeader(WsSecurity.parse(envelope), data);
    }
}
