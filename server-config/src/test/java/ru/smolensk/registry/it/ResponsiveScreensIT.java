package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The screens on a phone (390×844) and a wide screen (1440×900): no screen is wider than the viewport, the menu is
 * reachable (behind the menu button on the phone, by keyboard too), the start page leads to the sign-in and the
 * dashboard, focus is on the first field and stays useful after an error, and an operator adds a plan entry on the
 * phone. Screenshots of every screen at both sizes are saved under the build folder's {@code screenshots}.
 */
class ResponsiveScreensIT extends ScreenTestSupport {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"phone, 390, 844", "desktop, 1440, 900"})
    void noScreenIsWiderThanTheViewport(String size, int width, int height) {
        resize(width, height);
        List<String> tooWide = new ArrayList<>();
        String account = null;
        for (Screens screen : Screens.all()) {
            if (!Objects.equals(account, screen.account())) {
                switchAccount(account, screen.account());
                account = screen.account();
            }
            open(screen.path());
            waitFor(By.id("pageTitle"));
            waitForQuiet();
            int overflow = horizontalOverflow();
            if (overflow > 0) {
                tooWide.add(screen.name() + " (+" + overflow + " px: " + widestElements() + ")");
            }
            screenshot(size + "-" + screen.name());
        }
        assertTrue(tooWide.isEmpty(), "screens wider than " + width + " px: " + tooWide);
    }

    @Test
    void theMenuIsBehindAButtonOnAPhone() {
        resize(390, 844);
        signIn("shumyachi");
        WebElement toggle = waitFor(By.id("menuToggle"));
        assertTrue(toggle.isDisplayed(), "the menu button is shown on a phone");
        assertFalse(browser.findElement(By.id("menuForm:menuEvents")).isDisplayed(), "the menu is folded");
        assertEquals("false", toggle.getAttribute("aria-expanded"));

        toggle.click();
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        WebElement events = browser.findElement(By.id("menuForm:menuEvents"));
        assertTrue(events.isDisplayed(), "the menu unfolds");
        assertEquals(0, horizontalOverflow(), "the unfolded menu fits the phone");
        screenshot("phone-menu-open");
        events.click();
        wait.until(ExpectedConditions.urlContains("/app/events.xhtml"));
        assertEquals("Мероприятия", text(By.id("pageTitle")));

        browser.findElement(By.id("menuToggle")).click();
        browser.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        wait.until(page -> "false".equals(page.findElement(By.id("menuToggle")).getAttribute("aria-expanded")));
        assertEquals("menuToggle", focusedId(), "Escape folds the menu and returns to its button");
    }

    @Test
    void theMenuIsReachableByKeyboardOnAWideScreen() {
        resize(1440, 900);
        signIn("shumyachi");
        assertFalse(browser.findElement(By.id("menuToggle")).isDisplayed(), "no menu button on a wide screen");
        assertTrue(browser.findElement(By.id("menuForm:menuEvents")).isDisplayed(), "the menu is shown");

        boolean reached = false;
        for (int i = 0; i < 8 && !reached; i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            reached = (Boolean) script("return !!document.activeElement.closest('#mainMenu')");
        }
        assertTrue(reached, "Tab reaches the menu");
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        assertTrue((Boolean) script("return !!document.activeElement.closest('#mainMenu')"), "arrows move in it");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/app/index.xhtml")));
        assertTrue(browser.getCurrentUrl().contains("/app/"), browser.getCurrentUrl());
    }

    @Test
    void theStartPageLeadsToTheSignInAndTheDashboard() {
        resize(390, 844);
        open("/");
        waitFor(By.id("loginForm:username"));
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), browser.getCurrentUrl());
        assertEquals("loginForm:username", focusedId(), "the user name field has the focus");
        assertTrue(browser.findElement(By.id("footerDevelopers")).isDisplayed(), "developers' links in the footer");

        type(By.id("loginForm:username"), "shumyachi");
        type(By.id("loginForm:password"), "wrong");
        browser.findElement(By.id("loginForm:signIn")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("loginForm:messages"),
                "Неверное имя пользователя или пароль"));
        assertEquals("loginForm:password", focusedId(), "after a wrong password the focus is on the password");
        assertEquals("shumyachi", browser.findElement(By.id("loginForm:username")).getAttribute("value"));
        assertTrue((Boolean) script("return !!document.getElementById('loginForm:messages').closest('[aria-live]')"),
                "the error is announced");
        screenshot("phone-login-error");

        type(By.id("loginForm:password"), "shumyachi");
        browser.findElement(By.id("loginForm:signIn")).click();
        waitFor(By.id("account-name"));
        assertTrue(browser.getCurrentUrl().endsWith("/app/index.xhtml"), browser.getCurrentUrl());
        assertEquals(0, horizontalOverflow());

        browser.findElement(By.id("footerDevelopers")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("developerLinks"), "OpenAPI"));
        assertTrue(browser.findElement(By.linkText("Описание API")).getAttribute("href").endsWith("/openapi/ui/"));
    }

    @Test
    void anOperatorAddsAPlanEntryOnAPhone() {
        String period = Api.freeYear() + "-H2";
        long id = Api.createDraft("shumyachi", "shumyachsky", period, "PLAN").getJsonNumber("id")
                .longValue();
        String year = period.substring(0, 4);
        resize(390, 844);
        signIn("shumyachi");
        open("/app/submission.xhtml?id=" + id);
        String title = "План на II полугодие " + year + " года — Шумячский муниципальный округ";
        assertEquals(title, text(By.id("pageTitle")));
        assertTrue(browser.getTitle().startsWith(title), browser.getTitle());

        click(By.id("submissionForm:addEntry"));
        waitFor(By.id("entryForm:name"));
        assertEquals("entryForm:name", focusedId(), "the first field has the focus");
        assertEquals(0, horizontalOverflow(), "the entry form fits the phone");
        click(By.id("entryForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entryForm"),
                "Не заполнено поле «Наименование мероприятия»"));
        wait.until(page -> "entryForm:name".equals(focusedId()));

        type(By.id("entryForm:name"), "Мастер-класс для делегации Могилевской области");
        type(By.id("entryForm:place"), "п. Шумячи");
        type(By.id("entryForm:dates"), "10 сентября " + year + " года");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entryForm:datesInterpretation"),
                "10.09." + year));
        type(By.id("entryForm:description"), "Мастер-класс по народным промыслам");
        type(By.id("entryForm:goal"), "Культурный обмен");
        type(By.id("entryForm:participants"), "Делегация Могилевской области, 8 человек");
        screenshot("phone-entry-form");
        click(By.id("entryForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Мероприятие добавлено"));
        assertTrue(text(By.id("submissionForm:entries")).contains("Мастер-класс для делегации Могилевской области"));
        assertEquals(0, horizontalOverflow(), "the plan with its entry fits the phone");
        screenshot("phone-submission-with-entry");
    }

    private void switchAccount(String from, String to) {
        if (from != null) {
            signOut();
        }
        if (to != null) {
            signIn(to);
        }
    }

    /** Waits until PrimeFaces has no Ajax request under way (charts and lazy tables load after the page). */
    private void waitForQuiet() {
        wait.until(page -> (Boolean) script("return document.readyState === 'complete' && (!window.PrimeFaces"
                + " || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"));
    }
}
