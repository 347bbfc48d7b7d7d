package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * The client address behind a reverse proxy (Liberty's {@code remoteIp}, setting {@code http.trusted-proxies}, in
 * the system tests {@code 127[.]0[.]0[.]1}): {@code X-Forwarded-For} is believed only from the trusted proxy. The
 * address is observed where it matters, the sign-in throttle's lock per client address: failures sent from an
 * untrusted address (127.0.0.2, a second loopback address of the same machine) with a forged header lock that
 * address, never the forged one; failures forwarded by the trusted proxy lock the client named in the header, and
 * the proxy's other clients still sign in.
 */
class ForwardedClientAddressIT {

    private static final int MAX_ATTEMPTS = 30;

    @Test
    void aForgedHeaderFromAnUntrustedClientIsIgnored() throws IOException {
        String forged = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        int status = failUntilLocked("127.0.0.2", forged);

        assertEquals(429, status, "the address is locked after the failures");
        List<JsonObject> locks = addressLocks();
        assertTrue(locks.stream().anyMatch(l -> l.getString("key").equals("127.0.0.2") && l.getBoolean("locked")),
                "the connection's address is locked: " + locks);
        assertFalse(locks.stream().anyMatch(l -> l.getString("key").equals(forged)),
                "the forged address is never counted: " + locks);
    }

    @Test
    void theHeaderOfTheTrustedProxyNamesTheClient() throws IOException {
        int octet = ThreadLocalRandom.current().nextInt(1, 127);
        String client = "198.51.100." + octet;
        String otherClient = "198.51.100." + (octet + 127);
        int status = failUntilLocked("127.0.0.1", client);

        assertEquals(429, status, "the forwarded client is locked after the failures");
        List<JsonObject> locks = addressLocks();
        assertTrue(locks.stream().anyMatch(l -> l.getString("key").equals(client) && l.getBoolean("locked")),
                "the client named by the proxy is locked: " + locks);
        assertFalse(locks.stream().anyMatch(l -> l.getString("key").equals("127.0.0.1") && l.getBoolean("locked")),
                "the proxy itself is not locked: " + locks);
        assertEquals(429, ping("127.0.0.1", client, "coordinator", "coordinator"),
                "the locked client is refused even with the right password");
        assertEquals(200, ping("127.0.0.1", otherClient, "coordinator", "coordinator"),
                "another client behind the same proxy signs in");
    }

    /** Wrong passwords of ever new accounts from one source until the address lock; the last status. */
    private static int failUntilLocked(String source, String forwardedFor) throws IOException {
        int status = 0;
        for (int attempt = 0; attempt < MAX_ATTEMPTS && status != 429; attempt++) {
            status = ping(source, forwardedFor, "nobody-" + attempt, "guess");
            assertTrue(status == 401 || status == 429, "status " + status);
        }
        return status;
    }

    private static List<JsonObject> addressLocks() {
        var answer = RegistryClient.as("admin").get("/api/system/sign-in-locks");
        assertEquals(200, answer.statusCode(), answer.body());
        return RegistryClient.json(answer).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("kind").equals("ADDRESS")).toList();
    }

    /** GET /api/ping over a connection from the given local address, with an X-Forwarded-For header; the status. */
    private static int ping(String source, String forwardedFor, String user, String password) throws IOException {
        ServerReadiness.await();
        URI base = URI.create(RegistryClient.BASE_URL);
        String credentials = Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(
                    ("GET /api/ping HTTP/1.1\r\nHost: 127.0.0.1:" + base.getPort() + "\r\nAccept: application/json\r\n"
                            + "Authorization: Basic " + credentials + "\r\nX-Forwarded-For: " + forwardedFor + "\r\n"
                            + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            String statusLine = answer.substring(0, answer.indexOf("\r\n"));
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
