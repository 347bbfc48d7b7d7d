package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The main screens work under the pages' Content-Security-Policy in a real browser: every violation the browser
 * reports ({@code securitypolicyviolation} events, recorded from the start of each page) is collected while the
 * screens are opened and used (Ajax filtering, dialogs), and there must be none; PrimeFaces' scripts run.
 */
class ContentSecurityPolicyBrowserIT extends ScreenTestSupport {

    /** Recorded before any script of a page runs, kept across pages of the tab. */
    private static final String RECORDER = "document.addEventListener('securitypolicyviolation', function (e) {"
            + " var a = JSON.parse(sessionStorage.getItem('cspViolations') || '[]');"
            + " a.push(location.pathname + ': ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));"
            + " sessionStorage.setItem('cspViolations', JSON.stringify(a)); });";

    private static final List<String> COORDINATOR_SCREENS = List.of("/app/index.xhtml", "/app/events.xhtml",
            "/app/event.xhtml", "/app/submissions.xhtml", "/app/import.xhtml", "/app/documents.xhtml",
            "/app/analytics.xhtml", "/app/fulfilment.xhtml", "/app/series.xhtml", "/app/exchange.xhtml");

    private final List<String> violations = new ArrayList<>();

    @Test
    void theCoordinatorsScreensRunWithoutAViolation() {
        record();
        signIn("coordinator");
        for (String screen : COORDINATOR_SCREENS) {
            open(screen);
            waitFor(By.id("account-name"));
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript(
                    "return !!(window.PrimeFaces && PrimeFaces.csp && document.readyState === 'complete')"), screen);
            collect();
        }
        open("/app/events.xhtml");
        ((JavascriptExecutor) browser).executeScript("PF('formatFilter').selectValue('IN_PERSON')");
        WebElement table = browser.findElement(By.id("eventsForm:events"));
        browser.findElement(By.id("eventsForm:search")).click();
        wait.until(ExpectedConditions.stalenessOf(table));
        assertFalse(browser.findElements(By.cssSelector("#eventsForm\\:events_data tr")).isEmpty(),
                "the Ajax search under the policy updated the table");
        collect();
        assertEquals(List.of(), violations);
    }

    @Test
    void theAdministratorsAndTheSignInScreensRunWithoutAViolation() {
        record();
        open("/login.xhtml");
        waitFor(By.id("loginForm:username"));
        collect();
        signIn("admin");
        for (String screen : List.of("/app/admin/reference.xhtml", "/app/admin/accounts.xhtml", "/app/exchange.xhtml",
                "/no-such-page")) {
            open(screen);
            wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
            collect();
        }
        assertEquals(List.of(), violations);
    }

    private void record() {
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
    }

    @SuppressWarnings("unchecked")
    private void collect() {
        Object found = ((JavascriptExecutor) browser).executeScript(
                "var a = JSON.parse(sessionStorage.getItem('cspViolations') || '[]');"
                        + " sessionStorage.removeItem('cspViolations'); return a;");
        violations.addAll((List<String>) found);
        assertTrue(violations.isEmpty(), () -> "violations: " + violations);
    }
}
