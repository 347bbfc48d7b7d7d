package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 20 on screen (headless Chromium): an operator loads their own .doc plan through the import screen, sees the
 * preview row by row, confirms and finds the rows in their plan; changes an entry on screen, loads the same plan as
 * .odt and is told which entry was typed on screen, keeps it, and finds it kept. The coordinator loads a plan whose
 * title names no organisation of the reference data, is told so with suggestions, picks the organisation on screen
 * and imports it; and sees an imported entry's extra columns on its page («Дополнительные сведения»).
 */
class OwnDocumentImportBrowserIT extends ScreenTestSupport {

    static Path sample(String name) {
        try {
            return Path.of(OwnDocumentImportBrowserIT.class.getResource("/samples/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void check(String sample) {
        open("/app/import.xhtml");
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(sample(sample).toAbsolutePath().toString());
        click(By.id("uploadForm:check"));
        waitFor(By.id("preview"));
    }

    private List<String> rows() {
        return browser.findElements(By.cssSelector("#previewForm\\:rows_data > tr")).stream()
                .map(WebElement::getText).toList();
    }

    /** Scrolls the preview's rows into the screenshot. */
    private void showRows() {
        script("document.getElementById('previewForm:rowsPanel').scrollIntoView()");
    }

    private void confirmImport() {
        if (!waitFor(By.id("previewForm:confirmed_input")).isSelected()) {
            click(By.cssSelector("#previewForm\\:confirmed .ui-chkbox-box"));
        }
        click(By.id("previewForm:confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Документ загружен"));
    }

    @Test
    void anOperatorLoadsTheirOwnDocPlanThenTheOdtOneKeepingWhatTheyTypedOnScreen() {
        signIn("shumyachi");
        check("plan-shumyachsky-2024-H2.doc");
        String preview = text(By.id("preview"));
        assertTrue(preview.contains("Шумячский"), preview);
        assertTrue(preview.contains("II полугодие 2024"), preview);
        List<String> rows = rows();
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.get(0).contains("Купальская ночь") && rows.get(0).contains("Новая"), rows.toString());
        assertTrue(rows.get(1).contains("III квартал 2024 года") && rows.get(1).contains("01.07.2024"),
                "the dates as written and as understood: " + rows);
        showRows();
        screenshot("own-import-preview-doc");

        click(By.id("previewForm:confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Отметьте подтверждение"));
        confirmImport();
        assertTrue(browser.findElements(By.id("preview")).isEmpty(), "the preview is gone after the import");
        click(By.cssSelector("#imported a"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("submissionForm:entries"),
                "Купальская ночь"));
        assertTrue(text(By.id("submissionForm:entries")).contains("Рабочая встреча глав приграничных районов"));
        long plan = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        screenshot("own-import-plan");

        click(By.id("submissionForm:entries:0:edit"));
        waitFor(By.id("entryForm:place"));
        type(By.id("entryForm:place"), "п. Шумячи, городской парк");
        click(By.id("entryForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("submissionForm:entries"),
                "городской парк"));

        check("plan-shumyachsky-2024-H2.odt");
        rows = rows();
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.get(0).contains("Изменится") && rows.get(0).contains("изменена на экране"), rows.toString());
        assertTrue(rows.get(1).contains("Без изменений"), rows.toString());
        assertTrue(text(By.id("previewForm:issues")).contains("№ 1 «Праздник «Купальская ночь»"),
                "the warning names the entry typed on screen: " + text(By.id("previewForm:issues")));
        String existing = browser.findElement(By.cssSelector("#previewForm\\:existing a")).getAttribute("href");
        assertTrue(existing.contains("id=" + plan), "the preview links the plan it compares with: " + existing);
        assertTrue(browser.findElement(By.cssSelector("#previewForm\\:rows_data a")).getAttribute("href")
                .contains("/app/event.xhtml?id="), "each stored row links its entry");

        click(By.cssSelector("#previewForm\\:confirmed .ui-chkbox-box"));
        click(By.id("previewForm:confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "сохранить записи, измененные на экране"));
        click(By.cssSelector("#previewForm\\:handEdits .ui-radiobutton-box"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("previewForm:rows"),
                "Сохраняется как на экране"));
        showRows();
        screenshot("own-import-preview-kept");
        confirmImport();

        JsonObject page = RegistryClient.json(RegistryClient.as("shumyachi")
                .get("/api/events?period=2024-H2&kind=PLAN&organization=shumyachsky&size=50")).asJsonObject();
        assertEquals(2, page.getInt("total"));
        assertTrue(page.toString().contains("п. Шумячи, городской парк"), "the entry typed on screen is kept: "
                + page);
    }

    @Test
    void theCoordinatorPicksTheOrganisationOfAPlanWhoseTitleNamesNone() {
        signIn("coordinator");
        check("plan-kardymovo-cks-2026-H2.odt");
        String issues = text(By.id("previewForm:issues"));
        assertTrue(issues.contains("Не удалось определить по заголовку, чей это документ"), issues);
        assertTrue(issues.contains("Кардымовский"), "the title's likely organisation is suggested: " + issues);
        assertTrue(browser.findElements(By.id("previewForm:confirm")).isEmpty(), "nothing to confirm yet");
        screenshot("own-import-unknown-organization");

        script("PF('importOrganization').selectValue('kardymovsky')");
        click(By.id("previewForm:recheck"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("organization"),
                "Кардымовский муниципальный округ"));
        List<String> rows = rows();
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.contains("Новая")), rows.toString());
        confirmImport();
        click(By.cssSelector("#imported a"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("submissionForm:entries"),
                "Днепровские зори"));
        screenshot("own-import-chosen-organization");
    }

    @Test
    void anImportedEntryShowsItsExtraColumnsOnItsPageAndInItsJson() {
        signIn("coordinator");
        check("report-smolensk-2025-Q2-extra-columns.odt");
        assertTrue(text(By.id("previewForm:issues")).contains("Ответственный исполнитель"));
        confirmImport();

        JsonObject page = RegistryClient.json(RegistryClient.as("coordinator")
                .get("/api/events?period=2025-Q2&kind=REPORT&organization=smolensk&size=50")).asJsonObject();
        long id = page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject entry = RegistryClient.json(RegistryClient.as("coordinator").get("/api/events/" + id))
                .asJsonObject();
        List<JsonObject> extras = entry.getJsonArray("extraColumns").getValuesAs(JsonObject.class);
        assertEquals(List.of("Ответственный исполнитель", "Источник финансирования"),
                extras.stream().map(c -> c.getString("header")).toList(), entry.toString());
        assertFalse(extras.get(0).getString("text").isBlank());

        open("/app/event.xhtml?id=" + id);
        String shown = text(By.id("entryForm:extraColumns"));
        assertTrue(shown.contains("Дополнительные сведения") && shown.contains("Источник финансирования")
                && shown.contains(extras.get(0).getString("text").lines().findFirst().orElseThrow()), shown);
        script("document.getElementById('entryForm:extraColumns').scrollIntoView()");
        screenshot("entry-extra-columns");
    }
}
