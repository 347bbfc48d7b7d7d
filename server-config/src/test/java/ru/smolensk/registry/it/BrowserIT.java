package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The staff screens in a real browser (Debian's headless Chromium through {@value ScreenTestSupport#CHROMEDRIVER}):
 * signing in and out, the events list, an import with its dry-run preview, a document download with
 * the browser's session, an operator's view of another organisation's drafts, and a plan's way from
 * new entries (added and changed in the form) through submission, return with a reason and approval. Saves a screenshot
 * of each main screen under the build folder's {@code screenshots}.
 */
class BrowserIT extends ScreenTestSupport {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aCoordinatorSignsInSeesTheEventsAndSignsOut() {
        open("/app/events.xhtml");
        waitFor(By.id("loginForm:username"));
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), "a page needs signing in first");
        screenshot("login");

        signIn("coordinator");
        assertEquals("Наталья Петрова", text(By.id("account-name")), "the person's name, not the login");
        assertTrue(text(By.id("account")).contains("координатор"), text(By.id("account")));
        assertTrue(text(By.id("counts")).contains("Утвержден"), text(By.id("counts")));
        String matrix = text(By.id("matrix"));
        assertTrue(matrix.contains("город Смоленск") && matrix.contains("Итого"), matrix);
        assertTrue(matrix.contains(String.valueOf(java.time.Year.now().getValue())), "current periods: " + matrix);
        screenshot("dashboard-coordinator");

        open("/app/events.xhtml");
        List<WebElement> rows = eventRows();
        assertFalse(rows.isEmpty(), "the demo registry has events");
        assertTrue(text(By.id("eventsForm:events")).contains("из"), "the paginator reports the total");
        screenshot("events-coordinator");

        ((JavascriptExecutor) browser).executeScript("PF('formatFilter').selectValue('IN_PERSON')");
        WebElement table = browser.findElement(By.id("eventsForm:events"));
        browser.findElement(By.id("eventsForm:search")).click();
        wait.until(ExpectedConditions.stalenessOf(table));
        assertFalse(eventRows().isEmpty(), "the demo registry has events held in person");
        int listState = viewStateLength();
        System.out.printf("BrowserIT: the events list's view state (its bean with the filter and the page of rows): %d"
                + " characters%n", listState);
        assertTrue(listState > 0 && listState < 32_768, "a view state of reasonable size: " + listState);
        assertTrue(text(By.id("eventsForm:exportHint")).contains("выберите период"), "no export without a period");

        browser.findElement(By.id("signOutForm:signOut")).click();
        waitFor(By.id("loginForm:username"));
        open("/app/events.xhtml");
        waitFor(By.id("loginForm:username"));
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), "signed out: the pages need signing in again");
    }

    @Test
    void theTextSearchMarksTheMatchedWordForms() {
        signIn("coordinator");
        open("/app/events.xhtml");
        waitFor(By.id("eventsForm:search"));
        type(By.id("eventsForm:text"), "фестиваля");
        browser.findElement(By.id("eventsForm:byRelevance")).click();
        WebElement table = browser.findElement(By.id("eventsForm:events"));
        browser.findElement(By.id("eventsForm:search")).click();
        wait.until(ExpectedConditions.stalenessOf(table));
        List<WebElement> marks = browser.findElements(By.cssSelector("#eventsForm\\:events mark.search-match"));
        assertFalse(marks.isEmpty(), "the matched words are marked");
        assertTrue(marks.stream().allMatch(m -> m.getText().toLowerCase(java.util.Locale.ROOT).startsWith("фестивал")),
                "every form of the word, only it");
        screenshot("events-text-search");
    }

    @Test
    void anExpiredSessionLeadsBackToTheSignInPage() {
        signIn("coordinator");
        open("/app/events.xhtml");
        waitFor(By.id("eventsForm:search"));
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.findElement(By.id("eventsForm:search")).click();
        waitFor(By.id("loginForm:username"));
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), "an Ajax request without a session: "
                + browser.getCurrentUrl());
        signIn("coordinator");
        assertEquals("Наталья Петрова", text(By.id("account-name")), "the person's name, not the login");
    }

    @Test
    void theAdministratorSignsInButAPartnerSystemHasNoScreens() {
        signIn("admin");
        assertTrue(text(By.id("account")).contains("администратор"), text(By.id("account")));
        signOut();

        open("/login.xhtml");
        type(By.id("loginForm:username"), "federal");
        type(By.id("loginForm:password"), "federal");
        browser.findElement(By.id("loginForm:signIn")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("loginForm:messages"),
                "обмена данными"));
        open("/app/index.xhtml");
        waitFor(By.id("loginForm:username"));
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), "the partner system was not signed in");
    }

    @Test
    void aWrongPasswordKeepsTheLoginPageWithAnError() {
        open("/login.xhtml");
        type(By.id("loginForm:username"), "coordinator");
        type(By.id("loginForm:password"), "wrong");
        browser.findElement(By.id("loginForm:signIn")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("loginForm:messages"),
                "Неверное имя пользователя или пароль"));
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"));
    }

    @Test
    void anOperatorChecksAndImportsTheirPlan() throws URISyntaxException {
        signIn("shumyachi");
        assertTrue(text(By.id("account-org")).contains("Шумячский"), text(By.id("account-org")));
        assertTrue(text(By.id("mine")).contains("Что дальше"), "the operator's dashboard says what to do next");
        screenshot("dashboard-operator");

        open("/app/import.xhtml");
        Path fixture = Path.of(BrowserIT.class.getResource("/fixtures/plan-municipal-2026-H1.docx").toURI());
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(fixture.toAbsolutePath().toString());
        browser.findElement(By.id("uploadForm:check")).click();
        waitFor(By.id("preview"));
        String preview = text(By.id("preview"));
        assertTrue(preview.contains("Шумячский муниципальный округ"), preview);
        assertTrue(preview.contains("относится к другой организации"), "other sections are skipped: " + preview);
        assertTrue(browser.findElements(By.cssSelector("#previewForm\\:issues .registry-warning-row")).size() > 0,
                "warnings are highlighted");
        screenshot("import-preview");

        if (!browser.findElements(By.id("previewForm:handEdits")).isEmpty()) {
            // entries another test typed on screen stay as typed
            browser.findElement(By.cssSelector("#previewForm\\:handEdits .ui-radiobutton-box")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("previewForm:rows"), "Сохраняется"));
        }
        browser.findElement(By.cssSelector("#previewForm\\:confirmed .ui-chkbox-box")).click();
        browser.findElement(By.id("previewForm:confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Документ загружен"));
        assertTrue(browser.findElements(By.id("preview")).isEmpty(), "the preview is gone after the import");
        screenshot("import-done");
    }

    @Test
    void theSessionOfTheBrowserAuthorisesTheDocumentDownloads() {
        signIn("shumyachi");
        open("/app/documents.xhtml");
        ((JavascriptExecutor) browser).executeScript("PF('planPeriod').selectValue('2026-H1')");
        browser.findElement(By.id("documentsForm:show")).click();
        wait.ignoring(StaleElementReferenceException.class).until(
                page -> page.findElement(By.id("own-plan-docx")).getAttribute("href").contains("2026-H1"));
        screenshot("documents-operator");

        String own = browser.findElement(By.id("own-plan-docx")).getAttribute("href");
        assertTrue(own.endsWith("/api/documents/plan/2026-H1/organizations/shumyachsky.docx"), own);
        HttpResponse<byte[]> download = download(own, sessionCookies());
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").contains("wordprocessingml"));
        assertEquals('P', (char) download.body()[0], "a .docx file is a zip archive");
        assertEquals('K', (char) download.body()[1], "a .docx file is a zip archive");

        String consolidated = browser.findElement(By.id("plan-regional-xlsx")).getAttribute("href");
        assertEquals(200, download(consolidated, sessionCookies()).statusCode());
        assertEquals(401, download(own, "").statusCode(), "without the session the download needs credentials");
    }

    @Test
    void anOperatorDoesNotSeeAnotherOrganisationsDrafts() {
        signIn("coordinator");
        assertTrue(filterEvents("город Смол", "smolensk", "2026-H1") > 0,
                "the coordinator sees the drafts of город Смоленск");
        browser.findElement(By.id("signOutForm:signOut")).click();
        waitFor(By.id("loginForm:username"));

        signIn("shumyachi");
        assertEquals(0, filterEvents("город Смол", "smolensk", "2026-H1"),
                "an operator sees only approved entries of others");
        assertTrue(text(By.id("eventsForm:events")).contains("Мероприятия не найдены"));
        screenshot("events-operator-foreign-drafts");
        assertTrue(filterEvents("Шумячский муниц", "shumyachsky", "2026-H1") > 0, "an operator sees their own drafts");

        String export = browser.findElement(By.id("eventsForm:export")).getAttribute("href");
        assertTrue(export.endsWith("/api/documents/plan/2026-H1/organizations/shumyachsky.xlsx"), export);
        HttpResponse<byte[]> excel = download(export, sessionCookies());
        assertEquals(200, excel.statusCode());
        assertTrue(excel.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
    }

    @Test
    void anOperatorEditsEntriesAndTheCoordinatorReturnsThenApproves() {
        String period = Api.freeYear() + "-H1";
        long id = Api.createDraft("smolensk", "smolensk", period, "PLAN").getJsonNumber("id")
                .longValue();
        String year = period.substring(0, 4);

        signIn("smolensk");
        openSubmission(id);
        assertEquals("Черновик", text(By.id("status")));
        click(By.id("submissionForm:addEntry"));
        waitFor(By.id("entryForm:name"));
        click(By.id("entryForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entryForm"),
                "Не заполнено поле «Наименование мероприятия»"));

        type(By.id("entryForm:name"), "Визит делегации города Бреста");
        type(By.id("entryForm:place"), "г. Смоленск");
        type(By.id("entryForm:dates"), "22-25 мая " + year + " года");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entryForm:datesInterpretation"),
                "с 22.05." + year + " по 25.05." + year));
        type(By.id("entryForm:description"), "Переговоры о сотрудничестве в сфере культуры");
        type(By.id("entryForm:goal"), "Развитие побратимских связей");
        type(By.id("entryForm:participants"), "Делегация г. Бреста (Республика Беларусь), 12 человек");
        screenshot("entry-form");
        int formState = viewStateLength();
        System.out.printf("BrowserIT: the entry form's view state (its bean with the fields typed): %d characters%n",
                formState);
        assertTrue(formState > 0 && formState < 32_768, "a view state of reasonable size: " + formState);
        click(By.id("entryForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Мероприятие добавлено"));
        assertTrue(text(By.id("submissionForm:entries")).contains("Визит делегации города Бреста"));

        click(By.id("submissionForm:entries:0:edit"));
        type(By.id("entryForm:name"), "Визит делегации города Бреста (Беларусь)");
        type(By.id("entryForm:dates"), "март " + year + " года");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entryForm:datesInterpretation"),
                "с 01.03." + year + " по 31.03." + year));
        click(By.id("entryForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Мероприятие изменено"));
        String entries = text(By.id("submissionForm:entries"));
        assertTrue(entries.contains("Визит делегации города Бреста (Беларусь)"), entries);
        assertTrue(entries.contains("01.03." + year + " – 31.03." + year), entries);
        screenshot("submission-operator");

        click(By.id("submissionForm:submit"));
        waitForStatus("На рассмотрении");
        signOut();

        signIn("shumyachi");
        openSubmission(id);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "не найден"));
        assertTrue(browser.findElements(By.id("submissionForm:entries")).isEmpty(), "another organisation's plan");
        signOut();

        signIn("coordinator");
        openSubmission(id);
        type(By.id("submissionForm:reason"), "Уточните число участников");
        click(By.id("submissionForm:return"));
        waitForStatus("Возвращен на доработку");
        assertEquals("Уточните число участников", text(By.id("returnReason")));
        assertTrue(text(By.id("submissionForm:history")).contains("Уточните число участников"));
        screenshot("submission-returned");
        signOut();

        signIn("smolensk");
        openSubmission(id);
        click(By.id("submissionForm:submit"));
        waitForStatus("На рассмотрении");
        signOut();

        signIn("coordinator");
        openSubmission(id);
        click(By.id("submissionForm:approve"));
        waitForStatus("Утвержден");
        assertTrue(browser.findElements(By.id("submissionForm:approve")).isEmpty(), "decided once only");
        String history = text(By.id("submissionForm:history"));
        assertTrue(history.contains("Утвержден") && history.contains("Наталья Петрова"), history);
        screenshot("submission-approved");

        type(By.id("submissionForm:reopenReason"), "Добавить мероприятие, проведенное позже");
        click(By.id("submissionForm:reopen"));
        waitForStatus("Возвращен на доработку");
        assertTrue(browser.findElements(By.id("submissionForm:reopen")).isEmpty(), "reopened once only");
        assertTrue(text(By.id("submissionForm:history")).contains("Добавить мероприятие, проведенное позже"));
        screenshot("submission-reopened");
    }

    private void openSubmission(long id) {
        open("/app/submission.xhtml?id=" + id);
        waitFor(By.id("account-name"));
    }

    private void waitForStatus(String status) {
        wait.ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), status));
    }

    private int filterEvents(String typed, String organization, String period) {
        open("/app/events.xhtml");
        chooseOrganization(typed, organization);
        ((JavascriptExecutor) browser).executeScript("PF('periodFilter').selectValue(arguments[0]);", period);
        WebElement table = browser.findElement(By.id("eventsForm:events"));
        browser.findElement(By.id("eventsForm:search")).click();
        wait.until(ExpectedConditions.stalenessOf(table));
        return eventRows().size();
    }

    /**
     * Chooses an organisation in the filter with the keyboard alone: types a part of its name, and Enter takes the
     * first organisation offered (highlighted), which must be the expected one; the field then shows its name.
     */
    private void chooseOrganization(String typed, String code) {
        WebElement input = browser.findElement(By.id("eventsForm:organization_input"));
        input.sendKeys(typed);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#eventsForm\\:organization_panel li.ui-state-highlight[data-item-value='" + code + "']")));
        input.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBe(By.id("eventsForm:organization_hinput"), "value", code));
        assertTrue(input.getAttribute("value").toLowerCase(java.util.Locale.ROOT)
                .contains(typed.toLowerCase(java.util.Locale.ROOT)), "the field shows the organisation's name");
    }

    private List<WebElement> eventRows() {
        waitFor(By.id("eventsForm:events"));
        return browser.findElements(By.cssSelector("#eventsForm\\:events_data tr[data-ri]"));
    }

    private String sessionCookies() {
        StringBuilder header = new StringBuilder();
        for (Cookie cookie : browser.manage().getCookies()) {
            header.append(header.isEmpty() ? "" : "; ").append(cookie.getName()).append('=').append(cookie.getValue());
        }
        return header.toString();
    }

    private static HttpResponse<byte[]> download(String url, String cookies) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
