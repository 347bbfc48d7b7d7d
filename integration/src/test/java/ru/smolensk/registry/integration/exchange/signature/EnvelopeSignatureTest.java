package ru.smolensk.registry.integration.exchange.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Signs and verifies envelopes with each algorithm; a changed message, a stale timestamp, a wrapping attack. */
class EnvelopeSignatureTest {

    static final String ENVELOPE = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
            + "xmlns:x=\"urn:smolensk:registry:exchange:1.0\"><soapenv:Header><x:ExchangeHeader>"
            + "<x:MessageId>4f1c2a57-7c7e-4f57-9d43-1b8c0d5e6a11</x:MessageId><x:Sender>federal</x:Sender>"
            + "<x:Recipient>smolensk-registry</x:Recipient><x:Timestamp>2026-12-05T10:00:00Z</x:Timestamp>"
            + "</x:ExchangeHeader></soapenv:Header><soapenv:Body><x:Ping/></soapenv:Body></soapenv:Envelope>";

    private static final EnvelopeVerifier VERIFIER = new EnvelopeVerifier(SignatureAlgorithms.DEFAULT_ACCEPTED,
            Duration.ofMinutes(5), Duration.ofMinutes(1));

    @BeforeAll
    static void initialize() {
        SignatureAlgorithms.initialize(null);
    }

    static byte[] signed(SigningKey key, String envelope, Instant at) {
        Document document = WsSecurity.parse(envelope.getBytes(StandardCharsets.UTF_8));
        new EnvelopeSigner(key, Duration.ofMinutes(5)).sign(document, at);
        return WsSecurity.serialize(document);
    }

    private static VerifiedSignature verify(byte[] envelope) throws SignatureRefusal {
        return VERIFIER.verify(WsSecurity.parse(envelope), Instant.now());
    }

    @Test
    void rsaSha256() throws SignatureRefusal {
        SigningKey key = TestKeys.rsa("partner-rsa");
        VerifiedSignature verified = verify(signed(key, ENVELOPE, Instant.now()));
        assertEquals(SignatureAlgorithms.RSA_SHA256, verified.signatureMethod());
        assertEquals(Certificates.fingerprint(key.certificate()), verified.fingerprint());
    }

    @Test
    void ecdsaSha256() throws SignatureRefusal {
        assertEquals(SignatureAlgorithms.ECDSA_SHA256,
                verify(signed(TestKeys.ec("partner-ec"), ENVELOPE, Instant.now())).signatureMethod());
    }

    @Test
    void gostR34102012ThroughBouncyCastle() throws SignatureRefusal {
        SigningKey key = TestKeys.gost("partner-gost");
        byte[] envelope = signed(key, ENVELOPE, Instant.now());
        String text = new String(envelope, StandardCharsets.UTF_8);
        assertTrue(text.contains(SignatureAlgorithms.GOST_2012_256), text);
        assertTrue(text.contains(SignatureAlgorithms.GOSTR3411_2012_256), text);
        VerifiedSignature verified = verify(envelope);
        assertEquals(SignatureAlgorithms.GOST_2012_256, verified.signatureMethod());
        assertEquals(Certificates.fingerprint(key.certificate()), verified.fingerprint());
        assertEquals(SignatureRefusal.Kind.INVALID_SIGNATURE, assertThrows(SignatureRefusal.class,
                () -> verify(text.replace("<x:Ping/>", "<x:Ping></x:Ping><!-- -->").replace("federal", "federa1")
                        .getBytes(StandardCharsets.UTF_8)))
                .kind());
    }

    @Test
    void aChangedBodyOrHeaderDoesNotVerify() {
        String signed = new String(signed(TestKeys.rsa("partner"), ENVELOPE.replace("<x:Ping/>",
                "<x:GetEvents><x:Period>2025-H1</x:Period></x:GetEvents>"), Instant.now()), StandardCharsets.UTF_8);
        SignatureRefusal body = assertThrows(SignatureRefusal.class,
                () -> verify(signed.replace("2025-H1", "2025-H2").getBytes(StandardCharsets.UTF_8)));
        assertEquals(SignatureRefusal.Kind.INVALID_SIGNATURE, body.kind());
        SignatureRefusal header = assertThrows(SignatureRefusal.class,
                () -> verify(signed.replace(">federal<", ">union<").getBytes(StandardCharsets.UTF_8)));
        assertEquals(SignatureRefusal.Kind.INVALID_SIGNATURE, header.kind());
    }

    @Test
    void anUnsignedMessageIsRefused() {
        assertEquals(SignatureRefusal.Kind.INVALID_SIGNATURE, assertThrows(SignatureRefusal.class,
                () -> verify(ENVELOPE.getBytes(StandardCharsets.UTF_8))).kind());
    }

    @Test
    void anOldOrFutureTimestampIsStale() {
        SigningKey key = TestKeys.rsa("partner");
        assertEquals(SignatureRefusal.Kind.STALE_TIMESTAMP, assertThrows(SignatureRefusal.class,
                () -> verify(signed(key, ENVELOPE, Instant.now().minus(Duration.ofMinutes(10))))).kind());
        assertEquals(SignatureRefusal.Kind.STALE_TIMESTAMP, assertThrows(SignatureRefusal.class,
                () -> verify(signed(key, ENVELOPE, Instant.now().plus(Duration.ofMinutes(10))))).kind());
    }

    @Test
    void aSignedBodyMovedAsideForAnotherIsRefused() {
        String signed = new String(signed(TestKeys.rsa("partner"), ENVELOPE, Instant.now()), StandardCharsets.UTF_8);
        // the signed body kept in a header block under its id, a new body without an id: the body is not covered
        int start = signed.indexOf("<soapenv:Body");
        int end = signed.indexOf("</soapenv:Body>") + "</soapenv:Body>".length();
        String body = signed.substring(start, end);
        String wrapped = signed.substring(0, start) + "<soapenv:Body><x:GetDocument/></soapenv:Body>"
                + signed.substring(end);
        wrapped = wrapped.replace("</soapenv:Header>", "<x:Hidden>" + body.replace("soapenv:Body", "x:Wrapped")
                + "</x:Hidden></soapenv:Header>");
        byte[] attack = wrapped.getBytes(StandardCharsets.UTF_8);
        assertEquals(SignatureRefusal.Kind.INVALID_SIGNATURE,
                assertThrows(SignatureRefusal.class, () -> verify(attack)).kind());
    }
}
