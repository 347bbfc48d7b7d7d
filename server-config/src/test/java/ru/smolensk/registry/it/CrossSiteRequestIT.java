package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Cross-site request forgery through the browser's session cookie: a state-changing request that carries the
 * cookie but comes from another origin is refused (403 problem), a same-origin one from the application's page
 * works, and scripts with HTTP Basic are unaffected.
 */
class CrossSiteRequestIT {

    private static final String DOCUMENT = "report-regional-2025-Q2.docx";
    private static final String EVIL = "http://evil.example";
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The page's nonce, which PrimeFaces wants back with every post (Content-Security-Policy). */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    @Test
    void aCrossOriginMultipartImportWithTheCookieIsRefusedAndWritesNothing() {
        HttpClient coordinator = WebSessions.signedIn(WebSessions.HTTP, "coordinator");
        HttpResponse<String> answer = WebSessions.send(coordinator,
                importRequest("false").header("Origin", EVIL).build());
        assertRefused(answer);
        HttpResponse<String> crossSite = WebSessions.send(coordinator,
                importRequest("false").header("Sec-Fetch-Site", "cross-site").build());
        assertRefused(crossSite);
        HttpResponse<String> nullOrigin = WebSessions.send(coordinator,
                importRequest("false").header("Origin", "null").build());
        assertRefused(nullOrigin);
    }

    @Test
    void aBodylessCrossOriginPostOfAnAdministratorIsRefused() {
        HttpClient admin = WebSessions.signedIn(WebSessions.HTTP, "admin");
        HttpResponse<String> answer = WebSessions.send(admin,
                HttpRequest.newBuilder(URI.create(WebSessions.HTTP + "/api/exchange/outbox/1/resend"))
                        .header("Origin", EVIL).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertRefused(answer);
        HttpResponse<String> withoutOrigin = WebSessions.send(admin,
                HttpRequest.newBuilder(URI.create(WebSessions.HTTP + "/api/exchange/outbox/1/resend"))
                        .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertRefused(withoutOrigin);
    }

    @Test
    void aSameOriginRequestOfTheApplicationsPageWorks() {
        HttpClient coordinator = WebSessions.signedIn(WebSessions.HTTP, "coordinator");
        HttpResponse<String> answer = WebSessions.send(coordinator, importRequest("true")
                .header("Origin", WebSessions.HTTP).header("Sec-Fetch-Site", "same-origin").build());
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"applied\":false"), answer.body());
    }

    @Test
    void aCrossOriginSignInFormIsRefused() {
        HttpClient client = WebSessions.browserLike();
        HttpResponse<String> answer = WebSessions.send(client,
                HttpRequest.newBuilder(URI.create(WebSessions.HTTP + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", EVIL)
                        .POST(HttpRequest.BodyPublishers.ofString("loginForm=loginForm")).build());
        assertEquals(403, answer.statusCode());
    }

    /**
     * The view state travels in the page (with the screen's bean, so that a form survives its server): valid for
     * whoever fetched a page, it proves nothing, so a screen's post with the cookie and neither {@code Origin} nor
     * {@code Sec-Fetch-Site} (not a current browser) is refused, with the state of the very page it was fetched from.
     */
    @Test
    void aScreensPostWithTheCookieButNeitherOriginHeaderIsRefused() {
        HttpClient coordinator = WebSessions.signedIn(WebSessions.HTTP, "coordinator");
        HttpResponse<String> page = WebSessions.send(coordinator,
                HttpRequest.newBuilder(URI.create(WebSessions.HTTP + "/app/events.xhtml")).build());
        Matcher state = VIEW_STATE.matcher(page.body());
        Matcher nonce = NONCE.matcher(page.body());
        assertTrue(state.find() && nonce.find(), page.body());
        String form = "eventsForm=eventsForm&eventsForm%3Asearch=&primefaces.nonce=" + nonce.group(1)
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> withoutOrigin = WebSessions.send(coordinator,
                HttpRequest.newBuilder(URI.create(WebSessions.HTTP + "/app/events.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertEquals(403, withoutOrigin.statusCode(), withoutOrigin.body());
        HttpResponse<String> sameOrigin = WebSessions.send(coordinator,
                HttpRequest.newBuilder(URI.create(WebSessions.HTTP + "/app/events.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", WebSessions.HTTP)
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertEquals(200, sameOrigin.statusCode(), "the same post from the page: " + sameOrigin.body());
    }

    @Test
    void scriptsWithHttpBasicAreUnaffected() {
        HttpResponse<String> answer = RegistryClient.as("coordinator").send(RegistryClient.as("coordinator")
                .request("/api/imports?dryRun=true").header("Content-Type", "application/octet-stream")
                .header("X-File-Name", DOCUMENT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Fixtures.bytes(DOCUMENT))).build());
        assertEquals(200, answer.statusCode(), answer.body());
    }

    private static HttpRequest.Builder importRequest(String dryRun) {
        MultipartForm form = MultipartForm.withFile("file", DOCUMENT,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Fixtures.bytes(DOCUMENT));
        return HttpRequest.newBuilder(URI.create(WebSessions.HTTP + "/api/imports?dryRun=" + dryRun))
                .header("Accept", "application/json").header("Content-Type", form.contentType())
                .POST(form.publisher());
    }

    private static void assertRefused(HttpResponse<String> answer) {
        assertEquals(403, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(answer.body().contains("\"code\":\"cross-origin-request\""), answer.body());
    }
}
