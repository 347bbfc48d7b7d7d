package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.smolensk.registry.it.SoapWire.PLAIN;
import static ru.smolensk.registry.it.SoapWire.envelope;
import static ru.smolensk.registry.it.SoapWire.header;
import static ru.smolensk.registry.it.SoapWire.journal;
import static ru.smolensk.registry.it.SoapWire.text;
import static ru.smolensk.registry.it.SoapWire.xml;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.integration.exchange.signature.Certificates;

/**
 * Signed exchange on the real server: requests signed by a partner's WSS4J with a certificate bound to its account
 * are processed and answered with the registry's signature; a changed body, an unsigned message, an unknown, expired
 * or revoked certificate and a stale timestamp are refused with typed faults and journaled; the journal's evidence
 * (the message as received, the answer as sent, the certificates) verifies with WSS4J, not with the registry's code.
 */
class SignedExchangeIT {

    private static final RegistryClient FEDERAL = RegistryClient.as("federal");
    private static final RegistryClient ADMIN = RegistryClient.as("admin");

    /** On a loaded machine the application may still be starting when the first test runs: wait for its API. */
    @BeforeAll
    static void serverAnswers() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (true) {
            try {
                if (ADMIN.get("/api/exchange/certificates").statusCode() == 200) {
                    return;
                }
            } catch (IllegalStateException starting) {
                // not answering yet
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the server did not answer within 10 minutes");
            }
            Thread.sleep(2000);
        }
    }

    private static String ping(String id) {
        return envelope(header(id), "<x:Ping/>");
    }

    private static HttpResponse<String> send(byte[] envelope) {
        return SoapWire.post(FEDERAL, PLAIN, "Ping", envelope);
    }

    /** The refusal's code, checking that the fault is signed by the registry and the refusal journaled. */
    private static JsonObject refused(String id, HttpResponse<String> response, String code) {
        assertEquals(500, response.statusCode(), response.body());
        assertEquals(code, text(xml(response), "Code"), response.body());
        assertTrue(text(xml(response), "Message").matches("(?s).*[А-Яа-я]{4,}.*"), response.body());
        TestPartner.verifyAnswer(response.body());
        JsonObject entry = journal(id, 1).get(0);
        assertEquals("REFUSED", entry.getString("status"));
        assertEquals(code, entry.getString("faultCode"));
        JsonObject opened = SoapWire.opened(entry);
        assertEquals(code, opened.getString("signatureStatus"));
        return opened;
    }

    @Test
    void aSignedMessageIsProcessedAnsweredSignedAndKeptAsEvidence() {
        String id = UUID.randomUUID().toString();
        byte[] sent = TestPartner.federal().sign(ping(id));
        HttpResponse<String> response = send(sent);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(TestPartner.fingerprint(TestPartner.registryCertificate()),
                TestPartner.fingerprint(TestPartner.verifyAnswer(response.body())), "the answer is the registry's");

        JsonObject entry = journal(id, 1).get(0);
        JsonObject opened = SoapWire.opened(entry);
        assertEquals("VERIFIED", opened.getString("signatureStatus"));
        assertEquals(TestPartner.fingerprint(TestPartner.federal().certificate), opened.getString("signerFingerprint"));

        HttpResponse<String> evidence = RegistryClient.as("coordinator")
                .get("/api/exchange/journal/" + entry.getJsonNumber("id").longValue() + "/evidence");
        assertEquals(200, evidence.statusCode(), evidence.body());
        JsonObject bundle = RegistryClient.json(evidence).asJsonObject();
        assertEquals(new String(sent, StandardCharsets.UTF_8), bundle.getString("message"), "exactly as received");
        var signer = Certificates.parse(Certificates.bytes(bundle.getString("signerCertificate")));
        assertEquals(TestPartner.federal().certificate, signer);
        assertEquals(signer, TestPartner.verify(bundle.getString("message").getBytes(StandardCharsets.UTF_8), signer),
                "the kept message verifies with the kept certificate, independently");
        var registry = Certificates.parse(Certificates.bytes(bundle.getString("registryCertificate")));
        TestPartner.verify(bundle.getString("answerEnvelope").getBytes(StandardCharsets.UTF_8), registry);
        assertTrue(bundle.getString("answerEnvelope").contains("PingResponse"), bundle.toString());
        assertEquals(403, FEDERAL.get("/api/exchange/journal/" + entry.getJsonNumber("id").longValue()
                + "/evidence").statusCode(), "a partner reads no journal");
    }

    @Test
    void aBodyChangedAfterSigningIsRefusedAsInvalidSignature() {
        String id = UUID.randomUUID().toString();
        String signed = new String(TestPartner.federal().sign(envelope(header(id),
                "<x:GetEvents><x:Period>2025-H1</x:Period></x:GetEvents>")), StandardCharsets.UTF_8);
        byte[] tampered = signed.replace("2025-H1", "2025-H2").getBytes(StandardCharsets.UTF_8);
        refused(id, SoapWire.post(FEDERAL, PLAIN, "GetEvents", tampered), "INVALID_SIGNATURE");
    }

    @Test
    void anUnsignedMessageIsRefused() {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> response = FEDERAL.send(FEDERAL.request(PLAIN)
                .header("Content-Type", "text/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(ping(id))).build());
        JsonObject opened = refused(id, response, "INVALID_SIGNATURE");
        assertTrue(opened.getString("answer").contains("не подписано"), opened.toString());
    }

    @Test
    void aCertificateNobodyRegisteredIsRefused() {
        String id = UUID.randomUUID().toString();
        TestPartner stranger = TestPartner.unregistered("stranger " + id);
        JsonObject opened = refused(id, send(stranger.sign(ping(id))), "UNKNOWN_CERTIFICATE");
        assertEquals(TestPartner.fingerprint(stranger.certificate), opened.getString("signerFingerprint"));
    }

    @Test
    void aCertificateOfAnotherPartnerIsRefused() {
        String id = UUID.randomUUID().toString();
        TestPartner other = TestPartner.unregistered("union " + id);
        other.register("union");
        refused(id, send(other.sign(ping(id))), "UNKNOWN_CERTIFICATE");
    }

    @Test
    void anExpiredCertificateIsRefused() {
        String id = UUID.randomUUID().toString();
        refused(id, send(TestPartner.expired().sign(ping(id))), "EXPIRED_CERTIFICATE");
    }

    @Test
    void aRevokedCertificateIsRefusedFromTheRevocationOn() {
        TestPartner second = TestPartner.unregistered("federal second " + UUID.randomUUID());
        long certificateId = second.register("federal").getJsonNumber("id").longValue();
        assertEquals(200, send(second.sign(ping(UUID.randomUUID().toString()))).statusCode(),
                "a partner may hold several certificates");

        String path = "/api/exchange/certificates/" + certificateId + "/revoke";
        RegistryClient coordinator = RegistryClient.as("coordinator");
        assertEquals(403, coordinator.send(coordinator.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"x\"}")).build()).statusCode());
        assertEquals(422, ADMIN.send(ADMIN.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build()).statusCode(), "a reason is required");
        HttpResponse<String> revoked = ADMIN.send(ADMIN.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"ключ скомпрометирован\"}")).build());
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertEquals("REVOKED", RegistryClient.json(revoked).asJsonObject().getString("state"));

        String id = UUID.randomUUID().toString();
        JsonObject opened = refused(id, send(second.sign(ping(id))), "EXPIRED_CERTIFICATE");
        assertTrue(opened.getString("answer").contains("отозван"), opened.toString());
        assertEquals(200, send(TestPartner.federal().sign(ping(UUID.randomUUID().toString()))).statusCode(),
                "the partner's other certificate still works");

        JsonObject listed = RegistryClient.json(coordinator.get("/api/exchange/certificates?partner=federal"))
                .asJsonObject();
        assertNotNull(listed.getJsonObject("registry").getString("pem"));
        assertTrue(listed.getJsonArray("partners").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getJsonNumber("id").longValue() == certificateId
                        && c.getString("state").equals("REVOKED")
                        && c.getString("revokeReason").equals("ключ скомпрометирован")));
        HttpResponse<String> audit = ADMIN.get("/api/audit?entity=PartnerCertificate&entityId=" + certificateId);
        assertEquals(200, audit.statusCode(), audit.body());
        assertTrue(audit.body().contains("отозван") || audit.body().contains("Отозван"), audit.body());
    }

    @Test
    void aStaleOrFutureTimestampIsRefused() {
        String old = UUID.randomUUID().toString();
        refused(old, send(TestPartner.federal().signAt(ping(old), Duration.ofMinutes(-20))), "STALE_TIMESTAMP");
        String future = UUID.randomUUID().toString();
        refused(future, send(TestPartner.federal().signAt(ping(future), Duration.ofMinutes(20))), "STALE_TIMESTAMP");
    }

    @Test
    void onlyAdministratorsBindCertificatesAndOnlyCertificates() {
        RegistryClient coordinator = RegistryClient.as("coordinator");
        String pem = Certificates.pem(TestPartner.unregistered("nobody").certificate);
        assertEquals(403, coordinator.send(coordinator.request("/api/exchange/certificates?partner=federal")
                .header("Content-Type", "application/x-pem-file").POST(HttpRequest.BodyPublishers.ofString(pem))
                .build()).statusCode());
        assertEquals(422, ADMIN.send(ADMIN.request("/api/exchange/certificates?partner=federal")
                .header("Content-Type", "application/x-pem-file")
                .POST(HttpRequest.BodyPublishers.ofString("not a certificate")).build()).statusCode());
        HttpResponse<String> twice = ADMIN.send(ADMIN.request("/api/exchange/certificates?partner=union")
                .header("Content-Type", "application/x-pem-file")
                .POST(HttpRequest.BodyPublishers.ofString(Certificates.pem(TestPartner.federal().certificate)))
                .build());
        assertEquals(409, twice.statusCode(), "a certificate binds one account: " + twice.body());
        assertEquals(403, FEDERAL.get("/api/exchange/certificates").statusCode());
    }
}
