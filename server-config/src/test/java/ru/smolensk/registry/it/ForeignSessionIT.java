package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/**
 * HTTP Basic credentials of one account sent together with the session cookie of another (a script's shared cookie
 * jar, a browser signed in as someone else) are served as the account of the credentials, never with a server error:
 * a session that belongs to the other account is ended, not lent (docs/security.md, "Sessions and Basic
 * credentials").
 */
class ForeignSessionIT {

    @Test
    void basicCredentialsWithTheSignedInSessionOfAnotherAccountAreServedAsTheirOwnAccount() {
        HttpClient browser = WebSessions.signedIn(WebSessions.HTTP, "smolensk");
        assertEquals(403, WebSessions.send(browser, cookieOnly("/api/audit")).statusCode(),
                "the cookie alone is the operator's session");

        HttpResponse<String> coordinator = WebSessions.send(browser,
                RegistryClient.as("coordinator").request("/api/audit?limit=1").GET().build());
        assertEquals(200, coordinator.statusCode(), coordinator.body());
        assertTrue(RegistryClient.json(coordinator).asJsonObject().containsKey("items"), coordinator.body());
        HttpResponse<String> coordinatorsPage = WebSessions.send(browser, RegistryClient.as("coordinator")
                .request("/app/exchange.xhtml").setHeader("Accept", "text/html").GET().build());
        assertEquals(200, coordinatorsPage.statusCode(), "a screen of the coordinator only, for the coordinator");
        assertTrue(coordinatorsPage.body().contains("exchangeForm"), coordinatorsPage.body());

        HttpResponse<String> operator = WebSessions.send(browser, cookieOnly("/api/audit"));
        assertEquals(403, operator.statusCode(), "the cookie alone is still the operator's: " + operator.body());
    }

    /**
     * A session a screen made under basic credentials (a screen keeps its state in the page, so whether one is made at
     * all depends on what the page touched) is never lent to the next account of the same cookie jar: the next
     * account gets a session of its own or none, and the jar's old cookie alone never carries the next account's
     * rights.
     */
    @Test
    void aSessionMadeUnderBasicCredentialsIsNotLentToTheNextAccountOfTheSameCookieJar() {
        HttpClient script = WebSessions.browserLike();
        HttpResponse<String> operatorsPage = WebSessions.send(script,
                RegistryClient.as("smolensk").request("/app/events.xhtml").setHeader("Accept", "text/html").GET()
                        .build());
        assertEquals(200, operatorsPage.statusCode());
        String operatorsSession = sessionIfAny(operatorsPage);

        HttpResponse<String> coordinatorsPage = WebSessions.send(script, RegistryClient.as("coordinator")
                .request("/app/exchange.xhtml").setHeader("Accept", "text/html").GET().build());
        assertEquals(200, coordinatorsPage.statusCode(), "a screen of the coordinator only, for the coordinator");
        assertTrue(coordinatorsPage.body().contains("exchangeForm"), coordinatorsPage.body());
        String coordinatorsSession = sessionIfAny(coordinatorsPage);
        if (coordinatorsSession != null) {
            assertNotEquals(operatorsSession, coordinatorsSession, "the coordinator gets a session of their own");
        } else if (operatorsSession != null) {
            assertNotEquals(200, WebSessions.send(script, cookieOnly("/api/audit")).statusCode(),
                    "the operator's session never carries the coordinator's rights");
        }

        HttpResponse<String> operator = WebSessions.send(script,
                RegistryClient.as("smolensk").request("/api/audit").GET().build());
        assertEquals(403, operator.statusCode(), "the operator again, after the coordinator: " + operator.body());
        assertTrue(operator.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    /** The session cookie an answer set ({@code JSESSIONID=…}), or null when it set none. */
    private static String sessionIfAny(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";")[0]).findFirst().orElse(null);
    }

    private static HttpRequest cookieOnly(String path) {
        return HttpRequest.newBuilder(URI.create(WebSessions.HTTP + path)).header("Accept", "application/json")
                .GET().build();
    }
}
