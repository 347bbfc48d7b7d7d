package ru.smolensk.registry.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Waits once, before the first request of the test run, until the server reports ready (the
 * application may still be starting on a busy machine when the build hands over to the tests).
 */
final class ServerReadiness {

    private static final Duration LIMIT = Duration.ofMinutes(4);
    private static volatile boolean ready;

    private ServerReadiness() {
    }

    static void await() {
        if (ready) {
            return;
        }
        synchronized (ServerReadiness.class) {
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + LIMIT.toNanos();
            while (!ready && System.nanoTime() < deadline) {
                try {
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(
                            URI.create(RegistryClient.BASE_URL + "/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    ready = r.statusCode() == 200;
                } catch (java.io.IOException e) {
                    ready = false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (!ready) {
                    sleep();
                }
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
