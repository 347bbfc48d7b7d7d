package ru.smolensk.registry.it;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonStructure;

/** A plain HTTP client of the running server (base URL from {@code it.base.url}). */
public final class RegistryClient {

    public static final String BASE_URL = System.getProperty("it.base.url", "http://localhost:19080");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String authorization;

    private RegistryClient(String authorization) {
        this.authorization = authorization;
    }

    public static RegistryClient anonymous() {
        return new RegistryClient(null);
    }

    /** A client that signs in with HTTP Basic as a demo account. */
    public static RegistryClient as(String user, String password) {
        return new RegistryClient("Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public static RegistryClient as(String demoUser) {
        return as(demoUser, demoUser);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        ServerReadiness.await();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Server not reachable at " + BASE_URL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    public static JsonStructure json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }
}
