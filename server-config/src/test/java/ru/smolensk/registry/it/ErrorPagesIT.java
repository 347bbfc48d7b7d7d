package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The error pages: an address the server cannot read, an unknown page, a forbidden administrator's page, a method the
 * pages do not take, an expired page (by Ajax and by a full form post) and a page state token that is none all show
 * the Russian page in the application's layout, with the status code the server set and nothing of the server's own (no «Error 404», server names, exception classes or
 * message codes).
 */
class ErrorPagesIT extends ScreenTestSupport {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** The page's nonce, which PrimeFaces wants back with every post (Content-Security-Policy). */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    /**
     * HTTP/1.1 as browsers speak it without TLS: a PUT upgraded to HTTP/2 (h2c, java.net.http's default) gets
     * Liberty's error page with status 200 instead of 405.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** What a server's own error page or a stack trace shows. */
    private static final Pattern SERVER_DETAILS = Pattern.compile(
            "Error \\d{3}|SRVE\\d|CWW[A-Z]+\\d|Liberty|WebSphere|Exception|jakarta\\.|java\\.|\\.java:",
            Pattern.CASE_INSENSITIVE);

    @Test
    void anUnknownPageIs404InRussian() {
        for (String path : List.of("/no-such-page", "/app/no-such-page.xhtml", "/guide/no-such-picture.png")) {
            HttpResponse<String> response = send(request(path, "").GET(), "shumyachi");
            assertEquals(404, response.statusCode(), path);
            assertRussianPage(response.body(), "Страница не найдена");
        }
        signIn("shumyachi");
        open("/app/no-such-page.xhtml");
        assertEquals("Страница не найдена", text(By.id("pageTitle")));
        assertTrue(browser.getTitle().startsWith("Страница не найдена — "), browser.getTitle());
        assertTrue(browser.findElement(By.id("menuForm:menuEvents")).isEnabled(), "the layout with the menu");
        assertNoServerDetails(pageText());
        screenshot("error-not-found");
        click(By.id("home"));
        wait.until(ExpectedConditions.urlContains("/app/index.xhtml"));
    }

    @Test
    void aDocumentAddressWithoutANumberSaysSoInsteadOfFailing() {
        signIn("shumyachi");
        open("/app/submission.xhtml?id=abc");
        assertTrue(text(By.id("submissionUnaddressed")).contains("нет номера плана или отчета"),
                text(By.id("submissionUnaddressed")));
        assertTrue(browser.findElements(By.id("submissionForm")).isEmpty(), "no document shown");
        assertNoServerDetails(pageText());
    }

    @Test
    void anAdministratorsPageIs403ForAnOperator() {
        signIn("shumyachi");
        open("/app/admin/reference.xhtml");
        assertEquals("Доступ запрещен", text(By.id("pageTitle")));
        assertTrue(text(By.id("errorText")).contains("нет прав"), text(By.id("errorText")));
        assertNoServerDetails(pageText());
        screenshot("error-forbidden");

        HttpResponse<String> response = send(request("/app/admin/reference.xhtml", sessionCookies()).GET(), null);
        assertEquals(403, response.statusCode());
        assertRussianPage(response.body(), "Доступ запрещен");
    }

    @Test
    void aMethodThePagesDoNotTakeIs405() {
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            HttpResponse<String> response = send(request("/app/events.xhtml", "").method(method,
                    HttpRequest.BodyPublishers.noBody()), "coordinator");
            assertEquals(405, response.statusCode(), method);
            assertEquals("GET, HEAD, POST", response.headers().firstValue("Allow").orElse(""));
            assertRussianPage(response.body(), "Такое действие здесь недоступно");
        }
    }

    @Test
    void anExpiredPageSaysSoOnAnAjaxRequest() {
        signIn("coordinator");
        open("/app/events.xhtml");
        waitFor(By.id("eventsForm:search"));
        script("document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]').forEach(function (s) {"
                + " s.value = arguments[0]; });",
                unverifiable(String.valueOf(script(
                        "return document.querySelector('input[name=\"jakarta.faces.ViewState\"]').value"))));
        browser.findElement(By.id("eventsForm:search")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageTitle"), "Страница устарела"));
        assertTrue(text(By.id("errorText")).contains("Откройте страницу заново"), text(By.id("errorText")));
        assertNoServerDetails(pageText());
        screenshot("error-expired");
        click(By.id("home"));
        wait.until(ExpectedConditions.urlContains("/app/index.xhtml"));
    }

    @Test
    void anExpiredPageSaysSoOnAFullPost() {
        signIn("coordinator");
        String cookies = sessionCookies();
        String page = send(request("/app/events.xhtml", cookies).GET(), null).body();
        Matcher state = VIEW_STATE.matcher(page);
        assertTrue(state.find(), page);
        HttpResponse<String> response = send(request("/app/events.xhtml", cookies)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", RegistryClient.BASE_URL)
                .POST(HttpRequest.BodyPublishers.ofString("eventsForm=eventsForm&eventsForm%3Asearch="
                        + "&jakarta.faces.ViewState=" + URLEncoder.encode(unverifiable(state.group(1)),
                                StandardCharsets.UTF_8))),
                null);
        assertEquals(500, response.statusCode(), "an expired page is a failed request, not a page shown");
        assertRussianPage(response.body(), "Страница устарела");
        assertTrue(response.body().contains("href=\"/app/events.xhtml\""), "a link to open the page again");
    }

    @Test
    void anAddressTheServerCannotReadIs400InRussian() throws IOException {
        // a malformed escape: the server cannot read the request's parameters
        signIn("coordinator");
        open("/app/events.xhtml?text=%zz");
        assertEquals("Неверный запрос", text(By.id("pageTitle")));
        assertTrue(text(By.id("errorText")).contains("Откройте страницу из меню"), text(By.id("errorText")));
        assertNoServerDetails(pageText());
        screenshot("error-bad-request");

        // java.net.http refuses such an address; URLConnection sends it as it is
        for (String path : List.of("/app/events.xhtml?text=%zz", "/login.xhtml?x=%zz")) {
            HttpURLConnection connection = connect(RegistryClient.BASE_URL + path, sessionCookies());
            assertEquals(400, connection.getResponseCode(), path);
            assertRussianPage(readError(connection), "Неверный запрос");
        }
    }

    @Test
    void aPageStateTokenThatIsNoneIsAnExpiredPage() {
        signIn("coordinator");
        String cookies = sessionCookies();
        String page = send(request("/app/events.xhtml", cookies).GET(), null).body();
        Matcher nonce = NONCE.matcher(page);
        assertTrue(nonce.find(), page);
        // a full post: the page whose state is gone, the status of a failed request
        HttpResponse<String> response = send(request("/app/events.xhtml", cookies)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", RegistryClient.BASE_URL)
                .POST(HttpRequest.BodyPublishers.ofString("eventsForm_SUBMIT=1&eventsForm%3Asearch="
                        + "&primefaces.nonce=" + nonce.group(1) + "&jakarta.faces.ViewState=%21%21not-base64%21%21")),
                null);
        assertEquals(500, response.statusCode(), "as any expired page on a full post");
        assertRussianPage(response.body(), "Страница устарела");

        // an Ajax request: the same page in the partial response
        response = send(request("/app/events.xhtml", cookies)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax").header("Origin", RegistryClient.BASE_URL)
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true"
                        + "&jakarta.faces.source=eventsForm%3Asearch&jakarta.faces.partial.execute=eventsForm"
                        + "&jakarta.faces.partial.render=eventsForm&eventsForm%3Asearch=eventsForm%3Asearch"
                        + "&eventsForm_SUBMIT=1&primefaces.nonce=" + nonce.group(1)
                        + "&jakarta.faces.ViewState=%25%25%25")),
                null);
        assertEquals(200, response.statusCode(), "a partial response, as Faces Ajax requires");
        assertTrue(response.body().contains("<partial-response") && response.body().contains("Страница устарела"),
                response.body());
        assertNoServerDetails(response.body().replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " "));
    }

    /**
     * The page's view state with one character changed: its signature no longer matches, as for a page opened before
     * the server's keys changed (a restart without {@code faces.state.secret}). The state travels in the page, so a
     * page no longer expires by being left open while the person works in other tabs.
     */
    private static String unverifiable(String state) {
        int middle = state.length() / 2;
        return state.substring(0, middle) + (state.charAt(middle) == 'A' ? 'B' : 'A') + state.substring(middle + 1);
    }

    private static void assertRussianPage(String html, String title) {
        assertTrue(html.contains("<title>" + title + " — "), "the Russian page «" + title + "»: " + html);
        assertTrue(html.contains("registry-footer"), "in the application's layout");
        String visible = html.replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " ");
        assertNoServerDetails(visible);
    }

    private static void assertNoServerDetails(String text) {
        assertFalse(SERVER_DETAILS.matcher(text).find(), "nothing of the server's own: " + text);
    }

    private static HttpRequest.Builder request(String path, String cookies) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RegistryClient.BASE_URL + path))
                .timeout(Duration.ofSeconds(60));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String account) {
        if (account != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((account + ":" + account)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("deprecation") // new URL(String) keeps the malformed escape that URI would refuse
    private static HttpURLConnection connect(String address, String cookies) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL(address).openConnection();
            connection.setRequestProperty("Cookie", cookies);
            return connection;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readError(HttpURLConnection connection) {
        try (InputStream in = connection.getErrorStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String sessionCookies() {
        StringBuilder header = new StringBuilder();
        for (Cookie cookie : browser.manage().getCookies()) {
            header.append(header.isEmpty() ? "" : "; ").append(cookie.getName()).append('=').append(cookie.getValue());
        }
        return header.toString();
    }
}
