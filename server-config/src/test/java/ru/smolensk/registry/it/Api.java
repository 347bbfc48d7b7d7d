package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * The calls the system tests share, in one place: requests as a demo account with readable answers, and the data a
 * test creates for itself (drafts, entries, an approved report). No test calls another test's helpers.
 */
final class Api {

    private Api() {
    }

    /** A response's status, ETag and JSON body, for readable assertions. */
    record Answer(int status, String etag, String contentType, String body) {

        static Answer of(HttpResponse<String> response) {
            return new Answer(response.statusCode(), response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        }

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        /** The problem details of an error, checked to be problem+json with the expected status and code. */
        JsonObject problem(int expectedStatus, String expectedCode) {
            assertEquals(expectedStatus, status, body);
            assertTrue(contentType.startsWith("application/problem+json"), contentType);
            JsonObject problem = json();
            assertEquals(expectedCode, problem.getString("code"), body);
            return problem;
        }
    }

    /**
     * Waits until the application answers: the build may start the tests while the server is still starting the
     * application on a busy machine.
     */
    static void awaitTheApplication() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline) {
            try {
                status = RegistryClient.as("coordinator").get("/api/reference/spheres").statusCode();
            } catch (IllegalStateException notReachable) {
                status = 0;
            }
            if (status == 200) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The application did not start; last status " + status);
    }

    static Answer get(String account, String path) {
        return Answer.of(RegistryClient.as(account).get(path));
    }

    static Answer post(String account, String path, String ifMatch, String json) {
        return send(account, "POST", path, ifMatch, json);
    }

    /** A request with a JSON body (or none) and an If-Match header (or none). */
    static Answer send(String account, String method, String path, String ifMatch, String json) {
        HttpRequest.Builder request = RegistryClient.as(account).request(path)
                .header("Content-Type", "application/json")
                .method(method, json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return Answer.of(RegistryClient.as(account).send(request.build()));
    }

    /** The current ETag of a resource as the account reads it. */
    static String etag(String account, String path) {
        Answer read = get(account, path);
        assertEquals(200, read.status(), read.body());
        return read.etag();
    }

    /** Years handed out in this run: no two tests of the run get the same year or one after the other. */
    private static final java.util.Set<Integer> TAKEN_YEARS = new java.util.HashSet<>();

    /**
     * A year in 2041-2099 for a test's plans and reports of город Смоленск: neither it nor the year before was handed
     * out in this run, and the database has no plan of either half-year of both (the system tests' database may
     * outlive a run). A test copying from "last year" may use the year before too.
     */
    static synchronized int freeYear() {
        for (int attempt = 0; attempt < 60; attempt++) {
            int year = 2042 + java.util.concurrent.ThreadLocalRandom.current().nextInt(58);
            if (TAKEN_YEARS.contains(year) || TAKEN_YEARS.contains(year - 1) || TAKEN_YEARS.contains(year + 1)
                    || !noPlanOf(year) || !noPlanOf(year - 1)) {
                continue;
            }
            TAKEN_YEARS.add(year);
            TAKEN_YEARS.add(year - 1);
            return year;
        }
        throw new IllegalStateException("no free year left for the test's plans: " + TAKEN_YEARS);
    }

    private static boolean noPlanOf(int year) {
        for (String half : new String[]{"-H1", "-H2"}) {
            HttpResponse<String> existing = RegistryClient.as("smolensk")
                    .get("/api/submissions?organization=smolensk&period=" + year + half);
            if (existing.statusCode() != 200 || !existing.body().contains("\"total\":0")) {
                return false;
            }
        }
        return true;
    }

    /** Creates a draft; the answer must be 201 with a Location and an ETag. */
    static JsonObject createDraft(String account, String organization, String period, String kind) {
        HttpResponse<String> response = RegistryClient.as(account).send(RegistryClient.as(account)
                .request("/api/submissions").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"organization\":\"" + organization + "\",\"period\":\""
                        + period + "\",\"kind\":\"" + kind + "\"}"))
                .build());
        assertEquals(201, response.statusCode(), response.body());
        JsonObject draft = RegistryClient.json(response).asJsonObject();
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/api/submissions/" + draft.getJsonNumber("id").longValue()), location);
        assertEquals("\"" + draft.getJsonNumber("version").longValue() + "\"",
                response.headers().firstValue("ETag").orElseThrow());
        return draft;
    }

    static String path(JsonObject submission) {
        return "/api/submissions/" + submission.getJsonNumber("id").longValue();
    }

    /** Adds an entry with every official column filled to a municipal plan or report; its id. */
    static long addEntry(String account, long submissionId, String name, String dates) {
        Answer created = post(account, "/api/events", null, Json.createObjectBuilder()
                .add("submissionId", submissionId).add("name", name).add("place", "г. Смоленск").add("dates", dates)
                .add("description", "Концерт").add("goal", "Развитие связей").add("outcome", "Проведен")
                .add("participants", "200 человек").build().toString());
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** A report of город Смоленск with one event, submitted and approved (a message per partner in the outbox). */
    static long approvedReportWithOneEvent(String period, String eventName, String dates) {
        long id = createDraft("smolensk", "smolensk", period, "REPORT").getJsonNumber("id").longValue();
        addEntry("smolensk", id, eventName, dates);
        Answer submitted = post("smolensk", "/api/submissions/" + id + "/submit",
                etag("smolensk", "/api/submissions/" + id), "{}");
        assertEquals(200, submitted.status(), submitted.body());
        Answer approved = post("coordinator", "/api/submissions/" + id + "/approve", submitted.etag(), "{}");
        assertEquals(200, approved.status(), approved.body());
        return id;
    }
}
