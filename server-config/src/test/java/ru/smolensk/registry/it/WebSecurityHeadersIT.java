package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Browser hardening headers on a page, an API answer, error answers of the application and of the container, over
 * HTTP and HTTPS (with HSTS there); the session cookie's attributes.
 */
class WebSecurityHeadersIT {

    private final HttpClient client = WebSessions.browserLike();

    @ParameterizedTest
    @ValueSource(strings = {"/login.xhtml", "/api/reference/spheres", "/api/events?page=abc", "/api/nothing",
            "/no-such-page", "/app/no-such-screen.xhtml", "/", "/api/events/abc"})
    void everyAnswerHasTheHardeningHeadersOverHttpAndHttps(String path) {
        for (String base : List.of(WebSessions.HTTP, WebSessions.HTTPS)) {
            HttpResponse<String> answer = get(base + path, true);
            assertHardened(answer, base + path);
            boolean https = base.startsWith("https:");
            assertEquals(https, answer.headers().firstValue("Strict-Transport-Security").isPresent(),
                    "HSTS exactly over HTTPS: " + base + path);
            if (https) {
                assertTrue(answer.headers().firstValue("Strict-Transport-Security").orElseThrow()
                        .startsWith("max-age=31536000"));
            }
        }
    }

    @Test
    void containerAnswersBeforeTheApplicationAreHardenedToo() {
        HttpResponse<String> challenge = get(WebSessions.HTTP + "/api/events", false);
        assertEquals(401, challenge.statusCode());
        assertHardened(challenge, "401 of the API");
        HttpResponse<String> health = get(WebSessions.HTTP + "/health", false);
        assertHardened(health, "/health");
    }

    @Test
    void pagesHaveAPolicyWithANonceForTheirScriptsAndNoInlineScriptsOtherwise() {
        HttpResponse<String> page = get(WebSessions.HTTP + "/login.xhtml", false);
        String policy = String.join(" ; ", page.headers().allValues("Content-Security-Policy"));
        assertTrue(policy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'.*"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        assertFalse(policy.matches(".*script-src[^;]*unsafe-inline.*"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxOverHttpAndHttps() {
        for (String base : List.of(WebSessions.HTTP, WebSessions.HTTPS)) {
            HttpResponse<String> signedIn = WebSessions.signIn(WebSessions.browserLike(), base, "culture", "culture");
            assertEquals(302, signedIn.statusCode(), base);
            String cookie = WebSessions.sessionCookie(signedIn).toLowerCase(Locale.ROOT);
            assertTrue(cookie.contains("; httponly"), cookie);
            assertTrue(cookie.contains("; samesite=lax"), cookie);
            if (base.startsWith("http:")) {
                // Secure is set when https.required (production with TLS); over plain HTTP it would break sign-in
                assertFalse(cookie.contains("; secure"), cookie);
            }
        }
    }

    private static void assertHardened(HttpResponse<String> answer, String what) {
        List<String> policies = answer.headers().allValues("Content-Security-Policy");
        assertFalse(policies.isEmpty(), "CSP on " + what);
        assertTrue(policies.stream().allMatch(p -> p.contains("frame-ancestors 'none'")), what + ": " + policies);
        assertEquals(List.of("DENY"), answer.headers().allValues("X-Frame-Options"), what);
        assertEquals(List.of("nosniff"), answer.headers().allValues("X-Content-Type-Options"), what);
        assertEquals(List.of("same-origin"), answer.headers().allValues("Referrer-Policy"), what);
    }

    private HttpResponse<String> get(String url, boolean signedIn) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (signedIn) {
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString("coordinator:coordinator".getBytes()));
        }
        return WebSessions.send(client, request.build());
    }
}
