package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Approved records go out to a partner system through the outbox: while the partner is down the attempts fail
 * and are retried with the same message id; once it is up the message is delivered exactly once and journaled.
 * The server of the system tests is configured with the partner {@code union} at the stub's address.
 */
class OutboundExchangeIT {

    private static final String PARTNER_URL = "http://localhost:" + System.getProperty("it.partner.port", "19181")
            + "/partner";
    private static final RegistryClient COORDINATOR = RegistryClient.as("coordinator");
    private static final String EVENT = "Фестиваль «Славянское единство» для отправки партнеру";

    @Test
    void anApprovedReportReachesThePartnerOnceAfterItComesBack() throws InterruptedException {
        long submissionId = approvedReportWithOneEvent("2032-Q3");
        JsonObject message = await("the approval puts a message in the outbox",
                () -> outboxMessage(submissionId), m -> m != null);
        String messageId = message.getString("messageId");
        JsonObject failing = await("attempts fail while the partner is down", () -> outboxMessage(submissionId),
                m -> m.getInt("attempts") >= 1);
        assertEquals("PENDING", failing.getString("status"));
        assertTrue(failing.getString("lastError").contains("недоступна"), failing.toString());

        StubPartner partner = StubPartner.publish(PARTNER_URL);
        try {
            JsonObject sent = await("delivered once the partner is up", () -> outboxMessage(submissionId),
                    m -> m.getString("status").equals("SENT"));
            assertEquals(messageId, sent.getString("messageId"), "every attempt keeps the message id");
            Thread.sleep(3000);
            List<StubPartner.Received> received = partner.messages(messageId);
            assertEquals(1, received.size(), "delivered exactly once");
            assertEquals(List.of(EVENT), received.get(0).names());
            assertEquals("smolensk-registry", received.get(0).sender());
            assertEquals("smolensk-registry:partner-secret", received.get(0).authorization());
            assertEquals(TestPartner.fingerprint(TestPartner.registryCertificate()), received.get(0).signer(),
                    "signed with the registry's key, verified by the partner's WSS4J");
        } finally {
            partner.stop();
        }

        JsonObject journaled = RegistryClient.json(COORDINATOR.get("/api/exchange/journal?partner=union&direction=OUT"))
                .asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(j -> j.getString("messageId").equals(messageId)).findFirst().orElseThrow();
        assertEquals("DELIVERED", journaled.getString("status"));
        assertEquals(64, journaled.getString("sha256").length());
        assertTrue(journaled.getJsonNumber("sizeBytes").longValue() > EVENT.length());
        JsonObject kept = RegistryClient.json(COORDINATOR.get("/api/exchange/journal/"
                + journaled.getJsonNumber("id").longValue())).asJsonObject();
        assertTrue(kept.getString("message").contains(EVENT) && kept.getString("message").contains("SubmitEvents"),
                "what was sent is journaled: " + kept);
        TestPartner.verify(kept.getString("message").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                TestPartner.registryCertificate());

        HttpResponse<String> resent = RegistryClient.as("admin").send(RegistryClient.as("admin")
                .request("/api/exchange/outbox/" + message.getJsonNumber("id").longValue() + "/resend")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(409, resent.statusCode(), "a delivered message is not sent again: " + resent.body());
    }

    @Test
    void aMessageApprovedBeforeARestartOfTheServerIsDeliveredAfterIt() throws Exception {
        long submissionId = approvedReportWithOneEvent("2032-Q4");
        String messageId = await("the approval puts a message in the outbox", () -> outboxMessage(submissionId),
                m -> m != null).getString("messageId");

        restartServer();

        StubPartner partner = StubPartner.publish(PARTNER_URL);
        try {
            // An attempt cut off by the stop holds its message for the attempt lease (two minutes), then it is sent.
            JsonObject sent = await("delivered after the restart", () -> outboxMessage(submissionId),
                    m -> m.getString("status").equals("SENT"), Duration.ofMinutes(3));
            assertEquals(messageId, sent.getString("messageId"));
            Thread.sleep(2000);
            assertEquals(1, partner.messages(messageId).size(), "delivered exactly once");
        } finally {
            partner.stop();
        }
    }

    /** Stops and starts the Liberty server of the system tests with its scripts and waits until it is ready. */
    private static void restartServer() throws Exception {
        java.nio.file.Path server = java.nio.file.Path.of(System.getProperty("it.wlp.dir"), "bin", "server");
        for (String action : List.of("stop", "start")) {
            Process process = new ProcessBuilder(server.toString(), action, "registry").inheritIO().start();
            assertTrue(process.waitFor(3, java.util.concurrent.TimeUnit.MINUTES), "server " + action);
            assertEquals(0, process.exitValue(), "server " + action);
        }
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(java.net.URI.create(RegistryClient.BASE_URL + "/health/ready"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    dropStaleConnections();
                    return;
                }
            } catch (java.io.IOException starting) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The server did not come back after the restart");
    }

    /** Connections the shared test client kept open to the stopped server fail once; use them up here. */
    private static void dropStaleConnections() {
        for (int i = 0; i < 5; i++) {
            try {
                COORDINATOR.get("/api/ping");
                RegistryClient.as("admin").get("/api/ping");
                return;
            } catch (IllegalStateException stale) {
                // the next attempt opens a new connection
            }
        }
    }

    @Test
    void onlyTheAdministratorAndTheCoordinatorSeeTheExchange() {
        assertEquals(403, RegistryClient.as("smolensk").get("/api/exchange/outbox").statusCode());
        assertEquals(403, RegistryClient.as("federal").get("/api/exchange/journal").statusCode());
        assertEquals(200, RegistryClient.as("admin").get("/api/exchange/outbox?status=PENDING").statusCode());
        HttpResponse<String> resendByCoordinator = COORDINATOR.send(COORDINATOR.request("/api/exchange/outbox/1/resend")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(403, resendByCoordinator.statusCode());
        assertEquals(400, COORDINATOR.get("/api/exchange/outbox?status=LOST").statusCode());
    }

    /** A report of город Смоленск with one event, submitted and approved: a message per partner in the outbox. */
    private static long approvedReportWithOneEvent(String period) {
        return Api.approvedReportWithOneEvent(period, EVENT, "15 августа 2032 года");
    }

    private static JsonObject outboxMessage(long submissionId) {
        HttpResponse<String> response = COORDINATOR.get("/api/exchange/outbox?partner=union");
        assertEquals(200, response.statusCode(), response.body());
        return RegistryClient.json(response).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getJsonNumber("submissionId").longValue() == submissionId).findFirst().orElse(null);
    }

    private interface Probe {
        JsonObject read();
    }

    private static JsonObject await(String what, Probe probe, Predicate<JsonObject> done)
            throws InterruptedException {
        return await(what, probe, done, Duration.ofSeconds(60));
    }

    private static JsonObject await(String what, Probe probe, Predicate<JsonObject> done, Duration patience)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        JsonObject last = null;
        while (System.nanoTime() < deadline) {
            last = probe.read();
            if (last != null && done.test(last)) {
                return last;
            }
            Thread.sleep(250);
        }
        assertNotNull(null, what + "; last seen: " + last);
        return last;
    }
}
