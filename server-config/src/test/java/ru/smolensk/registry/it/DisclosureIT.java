package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * No answer names an internal class, the server product, a version or a message code: malformed ids, unknown
 * paths, bad parameters, wrong methods and media types, broken bodies, with and without credentials, are sent and
 * every answer's headers and body are scanned. Bad query parameters are 400 problems; the anonymous health check
 * says only UP or DOWN.
 */
class DisclosureIT {

    /** Names that betray the implementation. */
    private static final Pattern INTERNAL = Pattern.compile("(?i)(java\\.|jakarta\\.|javax\\.|org\\.|com\\.ibm|"
            + "io\\.openliberty|openliberty|open liberty|websphere|resteasy|myfaces|mojarra|eclipselink|hibernate|"
            + "primefaces [0-9]|exception|stack ?trace|\\bSRVE\\d|\\bCWW[A-Z]{2}\\d|RESTEASY\\d|\\bH2\\b|postgres|"
            + "\\$WSEP|x-powered-by|\\bserver:)");

    /** A browser's cookie jar; one per person, as two people do not share a browser's session. */
    private HttpClient client = WebSessions.browserLike();

    @Test
    void errorAnswersNameNothingInternal() {
        List<String> problems = new ArrayList<>();
        for (String credentials : List.of("", "coordinator", "smolensk", "federal")) {
            client = WebSessions.browserLike();
            for (String[] probe : probes()) {
                HttpResponse<String> answer = send(probe[0], probe[1], probe.length > 2 ? probe[2] : null,
                        credentials);
                String text = headersOf(answer) + "\n" + visibleText(answer.body());
                Matcher found = INTERNAL.matcher(text);
                if (found.find()) {
                    problems.add(probe[0] + " " + probe[1] + " as '" + credentials + "' (" + answer.statusCode()
                            + "): «" + found.group() + "» in " + excerpt(text, found.start()));
                }
                if (answer.statusCode() >= 500 && !String.join(" ", probe).contains("ViewState")) {
                    problems.add(probe[0] + " " + probe[1] + " as '" + credentials + "' answered "
                            + answer.statusCode());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * A request line with an invalid encoding ({@code %00}, a path parameter in an empty segment) is refused by
     * Liberty itself before any application sees it: 400, never a redirect. (Its body still carries Liberty's message
     * code CWWWC0005I, which no configuration of Liberty 26 removes: see docs/security.md.)
     */
    @Test
    void invalidlyEncodedPathsAreBadRequestsOfTheServer() {
        for (String path : List.of("/api/submissions/%00", "/api/;x=1/events")) {
            HttpResponse<String> answer = RegistryClient.anonymous().get(path);
            assertEquals(400, answer.statusCode(), path);
            assertFalse(answer.headers().firstValue("Location").isPresent(), path);
        }
    }

    @Test
    void badQueryParametersAreProblemsNotEmptyNotFounds() {
        for (String path : List.of("/api/events?page=abc", "/api/events?size=x", "/api/events?page=1.5",
                "/api/events?size=99999999999999")) {
            HttpResponse<String> answer = RegistryClient.as("coordinator").get(path);
            assertEquals(400, answer.statusCode(), path + ": " + answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    path);
            JsonObject problem = RegistryClient.json(answer).asJsonObject();
            assertEquals(400, problem.getInt("status"));
            assertFalse(problem.getString("detail").isBlank());
        }
    }

    @Test
    void theAnonymousHealthCheckSaysOnlyUpOrDownDetailsAreForAdministrators() {
        for (String path : List.of("/health", "/health/ready", "/health/live")) {
            HttpResponse<String> health = RegistryClient.anonymous().get(path);
            assertEquals(200, health.statusCode());
            JsonObject body = RegistryClient.json(health).asJsonObject();
            assertEquals("UP", body.getString("status"));
            body.getJsonArray("checks").getValuesAs(JsonObject.class)
                    .forEach(check -> assertTrue(!check.containsKey("data") || check.getJsonObject("data").isEmpty(),
                            path + " shows details: " + check));
            assertFalse(health.body().contains("schemaVersion") || health.body().contains("usedMb"), health.body());
        }
        HttpResponse<String> details = RegistryClient.as("admin").get("/api/system/health");
        assertEquals(200, details.statusCode());
        assertTrue(details.body().contains("schemaVersion"), details.body());
        assertEquals(403, RegistryClient.as("coordinator").get("/api/system/health").statusCode());
    }

    private static List<String[]> probes() {
        return List.of(new String[]{"GET", "/api/events/abc"}, new String[]{"GET", "/api/events/99999999999"},
                new String[]{"GET", "/api/events/-1"},
                new String[]{"GET", "/api/series/1e9"}, new String[]{"GET", "/api/agreements/x"},
                new String[]{"GET", "/api/nothing"}, new String[]{"GET", "/api/events?page=abc&size=x"},
                new String[]{"GET", "/api/events?period=2026-X9"}, new String[]{"GET", "/api/events?level=SPACE"},
                new String[]{"GET", "/api/statistics?from=abc"}, new String[]{"GET", "/api/audit?from=yesterday"},
                new String[]{"GET", "/api/documents/plan/municipal/2026-H1.exe"},
                new String[]{"GET", "/api/documents/nope/nope/nope.docx"},
                new String[]{"DELETE", "/api/reference/spheres"}, new String[]{"PATCH", "/api/events/1"},
                new String[]{"POST", "/api/events", "{\"name\": "}, new String[]{"POST", "/api/events", "[1,2"},
                new String[]{"PUT", "/api/events/abc", "{}"}, new String[]{"POST", "/api/imports?dryRun=maybe"},
                new String[]{"GET", "/no-such-page"}, new String[]{"GET", "/app/no-such-screen.xhtml"},
                new String[]{"GET", "/WEB-INF/web.xml"}, new String[]{"GET", "/app/../WEB-INF/web.xml"},
                new String[]{"GET", "/login.xhtml?jakarta.faces.ViewState=x"},
                new String[]{"POST", "/login.xhtml", "loginForm=loginForm&jakarta.faces.ViewState=forged"},
                new String[]{"GET", "/soap/Nothing"}, new String[]{"GET", "//api/events"},
                new String[]{"GET", "/api;x=1/events"}, new String[]{"GET", "/openapi/nothing"});
    }

    private HttpResponse<String> send(String method, String path, String body, String account) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(WebSessions.HTTP + path))
                .header("Accept", "application/json, text/html;q=0.9").method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && body.startsWith("loginForm")) {
            // as a browser posts the form: with its origin, so that the forged view state itself is what is answered
            request.header("Content-Type", "application/x-www-form-urlencoded").header("Origin", WebSessions.HTTP);
        } else if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (!account.isEmpty()) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((account + ":" + account).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return WebSessions.send(client, request.build());
    }

    /**
     * The body without HTML attribute values and scripts: the standard resource paths of the pages
     * ({@code /jakarta.faces.resource/...}) are addresses, and PrimeFaces' settings script names the standard
     * {@code ViewExpiredException} of its error page mapping; neither is produced from the request.
     */
    private static String visibleText(String body) {
        return body.replaceAll("(?s)<script[^>]*>.*?</script>", "").replaceAll("=\"[^\"]*\"", "=\"\"");
    }

    private static String headersOf(HttpResponse<String> answer) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, List<String>> header : answer.headers().map().entrySet()) {
            text.append(header.getKey()).append(": ").append(String.join(", ", header.getValue())).append('\n');
        }
        return text.toString();
    }

    private static String excerpt(String text, int at) {
        return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 80)).replace('\n', ' ');
    }
}
