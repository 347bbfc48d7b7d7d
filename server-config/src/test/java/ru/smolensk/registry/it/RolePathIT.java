package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Least privilege, operation by operation: every operation of the published OpenAPI document is in docs/roles.md's
 * role × path × method table and the table has no other; anonymous callers get 401 (never a redirect to the sign-in
 * page), partner accounts (EXCHANGE) 403, and each role exactly what the table says: "—" is refused with 403,
 * "✓" reaches a read (not 401/403). Writes of permitted roles are not sent (the test writes nothing); "s" marks an
 * operation the application service refuses for that role on a real object, which the workflow tests check.
 */
class RolePathIT {

    private static final Pattern ROW = Pattern
            .compile(
                    "^\\| (GET|POST|PUT|DELETE|PATCH) \\| `(/api[^`]*)` \\| (\\S+) \\| (\\S+) \\| (\\S+) \\| (\\S+) \\|$");
    private static final List<String> ROLES = List.of("ADMIN", "COORDINATOR", "OPERATOR", "EXCHANGE");
    private static final Map<String, String> ACCOUNTS = Map.of("ADMIN", "admin", "COORDINATOR", "coordinator",
            "OPERATOR", "smolensk", "EXCHANGE", "federal");
    private static final Map<String, String> PATH_VALUES = Map.of("id", "999999", "entryId", "999999", "period",
            "2026-H1", "kind", "plan", "level", "municipal", "code", "NOPE", "username", "nobody", "format", "docx",
            "organization", "NOPE");

    @Test
    void theReadmeTableCoversExactlyTheOperationsOfTheOpenApiDocument() {
        assertEquals(openApiOperations(), readmeTable().keySet());
    }

    @Test
    void everyRoleReachesExactlyWhatTheTableSays() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<String>> row : readmeTable().entrySet()) {
            String method = row.getKey().substring(0, row.getKey().indexOf(' '));
            String path = fill(row.getKey().substring(row.getKey().indexOf(' ') + 1));
            HttpResponse<String> anonymous = send(RegistryClient.anonymous(), method, path);
            if (anonymous.statusCode() != 401 || anonymous.headers().firstValue("Location").isPresent()) {
                wrong.add(row.getKey() + " anonymous: " + anonymous.statusCode());
            }
            for (int i = 0; i < ROLES.size(); i++) {
                String mark = row.getValue().get(i);
                if (mark.equals("s") || (mark.equals("✓") && !method.equals("GET"))) {
                    continue;
                }
                int status = send(RegistryClient.as(ACCOUNTS.get(ROLES.get(i))), method, path).statusCode();
                boolean expected = mark.equals("—")
                        ? status == 403
                        : status != 401 && status != 403 && (status < 300 || status >= 400);
                if (!expected) {
                    wrong.add(row.getKey() + " " + ROLES.get(i) + " (" + mark + "): " + status);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//api/events", "/api;x=1/events", "//api//events",
            "/api/events;jsessionid=1"})
    void oddApiPathsGet401NeverTheSignInPage(String path) {
        HttpResponse<String> answer = RegistryClient.anonymous().send(RegistryClient.anonymous().request(path)
                .header("Accept", "text/html,application/xhtml+xml").GET().build());
        assertEquals(401, answer.statusCode(), path);
        assertTrue(answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), path);
        assertFalse(answer.headers().firstValue("Location").isPresent(), path);
    }

    @Test
    void partnerAccountsHaveNoRestAccessButKeepTheirSoapEndpoint() {
        HttpResponse<String> rest = RegistryClient.as("federal").get("/api/reference/spheres");
        assertEquals(403, rest.statusCode());
        assertTrue(rest.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(200, RegistryClient.as("federal").get("/soap/EventExchange?wsdl").statusCode());
    }

    private static HttpResponse<String> send(RegistryClient client, String method, String path) {
        HttpRequest.Builder request = client.request(path);
        if (method.equals("GET") || method.equals("DELETE")) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString("{}"));
        }
        return client.send(request.build());
    }

    private static String fill(String template) {
        Matcher parameter = Pattern.compile("\\{([^}]+)\\}").matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            parameter.appendReplacement(path, PATH_VALUES.getOrDefault(parameter.group(1), "x"));
        }
        return parameter.appendTail(path).toString();
    }

    private static Set<String> openApiOperations() {
        HttpResponse<String> response = RegistryClient.anonymous().get("/openapi");
        assertEquals(200, response.statusCode());
        Set<String> operations = new TreeSet<>();
        JsonObject paths = RegistryClient.json(response).asJsonObject().getJsonObject("paths");
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> operations.add(m.toUpperCase() + " " + path)));
        return operations;
    }

    /** The table of docs/roles.md: "METHOD /api/path" → the marks for ADMIN, COORDINATOR, OPERATOR, EXCHANGE. */
    private static Map<String, List<String>> readmeTable() {
        Path readme = Path.of(System.getProperty("user.dir")).resolveSibling("docs").resolve("roles.md");
        if (!Files.exists(readme)) {
            readme = Path.of(System.getProperty("user.dir"), "docs", "roles.md");
        }
        Map<String, List<String>> table = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
                Matcher row = ROW.matcher(line.strip());
                if (row.matches()) {
                    table.put(row.group(1) + " " + row.group(2),
                            List.of(row.group(3), row.group(4), row.group(5), row.group(6)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(table.isEmpty(), "the role × path table in " + readme);
        return table;
    }
}
