package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The error pages: an unknown page, a forbidden administrator's page, a method the pages do not take, an expired page
 * (by Ajax and by a full form post) and a server error all show the Russian page in the application's layout, with the
 * status code the server set and nothing of the server's own (no «Error 404», server names, exception classes or
 * message codes).
 */
class ErrorPagesIT extends ScreenTestSupport {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

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
        // the server no longer holds the page's state (as after a restart or too many pages opened since)
        script("document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]').forEach("
                + "function (f) { f.value = '-4711:-4711'; })");
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
        HttpResponse<String> response = send(request("/app/events.xhtml", sessionCookies())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("eventsForm=eventsForm&eventsForm%3Asearch="
                        + "&jakarta.faces.ViewState=-4711%3A-4711")), null);
        assertEquals(500, response.statusCode(), "an expired page is a failed request, not a page shown");
        assertRussianPage(response.body(), "Страница устарела");
        assertTrue(response.body().contains("href=\"/app/events.xhtml\""), "a link to open the page again");
    }

    @Test
    void aServerErrorIs500InRussian() {
        // a malformed escape in the address fails inside the server while it reads the request's parameters
        signIn("coordinator");
        open("/app/events.xhtml?text=%zz");
        assertEquals("Ошибка на сервере", text(By.id("pageTitle")));
        assertNoServerDetails(pageText());
        screenshot("error-server");

        HttpResponse<String> response = send(request("/app/events.xhtml?text=%zz", sessionCookies()).GET(), null);
        assertEquals(500, response.statusCode());
        assertRussianPage(response.body(), "Ошибка на сервере");
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
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((account + ":"
                    + account).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
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

    private String sessionCookies() {
        StringBuilder header = new StringBuilder();
        for (Cookie cookie : browser.manage().getCookies()) {
            header.append(header.isEmpty() ? "" : "; ").append(cookie.getName()).append('=').append(cookie.getValue());
        }
        return header.toString();
    }
}
