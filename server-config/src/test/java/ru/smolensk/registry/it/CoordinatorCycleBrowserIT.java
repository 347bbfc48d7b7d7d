package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 21, the coordinator's part on screen (headless Chromium): the coordinator announces a campaign and grants an
 * organisation an extension on the campaign screen (audited; the organisation's dashboard shows its later
 * deadline); the dashboard's «На рассмотрении» counter leads to the review queue, oldest submission first; the
 * review page shows every column and the normalized values, the coordinator returns a plan with a reason, the
 * operator corrects and resubmits it, the coordinator sees what changed since the return and approves it; the
 * matrix groups the organisations and its cells open the documents. Each test makes its own data in a random
 * period (the campaign test uses next year's second half-year, the furthest the screen offers). Screenshots
 * {@code coordinator-*.png}.
 */
class CoordinatorCycleBrowserIT extends ScreenTestSupport {

    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Test
    void theCoordinatorAnnouncesACampaignAndGrantsAnExtensionOnScreen() {
        int year = LocalDate.now().getYear() + 1;
        String period = year + "-H2";
        String label = "II полугодие " + year + " года";
        LocalDate opens = LocalDate.now().minusDays(1);
        LocalDate closes = LocalDate.now().plusDays(10 + ThreadLocalRandom.current().nextInt(20));
        LocalDate extended = closes.plusDays(14);
        String reason = "Смена руководителя, ответ " + ThreadLocalRandom.current().nextInt(1_000_000);

        signIn("coordinator");
        assertTrue(text(By.id("welcome")).contains("Наталья Петрова"), "the greeting names the person: "
                + text(By.id("welcome")));
        click(By.id("campaignsLink"));
        waitFor(By.id("announceForm:announce"));
        script("PF('campaignLevel').selectValue('REGIONAL')");
        script("PF('campaignPeriod').selectValue(arguments[0])", period);
        type(By.id("announceForm:opensOn_input"), opens.format(RUSSIAN));
        type(By.id("announceForm:closesOn_input"), closes.format(RUSSIAN));
        screenshot("coordinator-campaign-announce");
        click(By.id("announceForm:announce"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Сроки приема установлены"));
        assertTrue(text(By.id("messages")).contains(label), text(By.id("messages")));
        WebElement row = campaignRow(label);
        assertTrue(row.getText().contains(opens.format(RUSSIAN) + " – " + closes.format(RUSSIAN)), row.getText());

        row.findElement(By.cssSelector("button[id$=':extend']")).click();
        waitFor(By.id("extensionForm:grant"));
        assertTrue(text(By.id("extensionCampaign")).contains(label), text(By.id("extensionCampaign")));
        script("PF('extensionOrganization').selectValue('min_culture')");
        type(By.id("extensionForm:until_input"), extended.format(RUSSIAN));
        type(By.id("extensionForm:reason"), reason);
        screenshot("coordinator-campaign-extension");
        click(By.id("extensionForm:grant"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Срок продлен"));
        String extensions = campaignRow(label).getText();
        assertTrue(extensions.contains("культуры") && extensions.contains("до " + extended.format(RUSSIAN))
                && extensions.contains(reason) && extensions.contains("Наталья Петрова"), extensions);
        String audit = RegistryClient.as("coordinator").get("/api/audit?entity=Campaign&user=coordinator&limit=50")
                .body();
        assertTrue(audit.contains(reason), "the extension is audited: " + audit);
        screenshot("coordinator-campaigns");

        open("/app/index.xhtml");
        String completeness = text(By.id("completeness"));
        assertTrue(completeness.contains(label), "an open campaign shows on the dashboard: " + completeness);
        assertFalse(pageText().contains("не установлены"), "deadlines are set");
        signOut();

        signIn("culture");
        String deadlines = text(By.id("deadlines"));
        assertTrue(deadlines.contains(label) && deadlines.contains(extended.format(RUSSIAN))
                && deadlines.contains("продлен"), "the organisation sees its later deadline: " + deadlines);
        signOut();

        signIn("smolensk");
        open("/app/campaigns.xhtml");
        assertFalse(browser.findElements(By.id("announceForm:announce")).size() > 0,
                "an operator has no campaign screen");
    }

    @Test
    void theReviewQueueLeadsFromTheCounterToTheOldestDocumentThatIsReturnedCorrectedAndApproved() {
        // a past period the other browser tests never use (they take 2040-2099)
        String period = (2000 + ThreadLocalRandom.current().nextInt(15)) + "-H1";
        String year = period.substring(0, 4);
        long first = submittedPlan("shumyachi", "shumyachsky", period, "Фестиваль «Шумячи» " + year,
                "Концерт, который отменят " + year);
        long second = submittedPlan("smolensk", "smolensk", period, "Форум «Смоленск» " + year);

        signIn("coordinator");
        WebElement counter = browser.findElements(By.cssSelector("#counts a")).stream()
                .filter(link -> link.getText().contains("На рассмотрении")).findFirst().orElseThrow();
        counter.click();
        wait.until(ExpectedConditions.textToBe(By.id("pageTitle"), "Очередь на рассмотрение"));
        assertTrue(browser.getCurrentUrl().contains("status=SUBMITTED"), browser.getCurrentUrl());
        open("/app/submissions.xhtml?status=SUBMITTED&period=" + period);
        List<String> queue = browser.findElements(By.cssSelector("[id='submissionsForm:table_data'] tr[data-ri]"))
                .stream().map(WebElement::getText).toList();
        assertEquals(2, queue.size(), queue.toString());
        assertTrue(queue.get(0).contains("Шумячский") && queue.get(1).contains("город Смоленск"),
                "oldest submission first, whatever the official order: " + queue);
        screenshot("coordinator-review-queue");
        click(By.id("submissionsForm:table:0:review"));
        wait.until(ExpectedConditions.textToBe(By.id("status"), "На рассмотрении"));
        assertTrue(browser.getCurrentUrl().contains("id=" + first), browser.getCurrentUrl());
        String entries = text(By.id("submissionForm:entries"));
        for (String column : List.of("Описание мероприятия", "Цель проведения мероприятия", "Концерт",
                "Развитие связей", "200 человек", "Формат проведения", "Число участников")) {
            assertTrue(entries.contains(column), "the review page shows «" + column + "»: " + entries);
        }

        type(By.id("submissionForm:reason"), "Уточните место проведения");
        click(By.id("submissionForm:return"));
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Возвращен на доработку"));
        click(By.id("submissionForm:nextInQueue"));
        wait.until(ExpectedConditions.textToBe(By.id("status"), "На рассмотрении"));
        assertFalse(browser.getCurrentUrl().contains("id=" + first + "&") || browser.getCurrentUrl().endsWith(
                "id=" + first), "the next document is another one");
        signOut();

        signIn("shumyachi");
        open("/app/submission.xhtml?id=" + first);
        assertEquals("Уточните место проведения", text(By.id("returnReason")));
        click(By.id("submissionForm:entries:0:edit"));
        waitFor(By.id("entryForm:place"));
        type(By.id("entryForm:place"), "п. Шумячи, центральная площадь");
        click(By.id("entryForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("submissionForm:entries"),
                "центральная площадь"));
        Api.addEntry("shumyachi", first, "Выставка мастеров " + year, "июнь " + year + " года");
        open("/app/submission.xhtml?id=" + first);
        click(By.id("submissionForm:entries:1:delete"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmForm:confirmYes")));
        click(By.id("confirmForm:confirmYes"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "удалено"));
        click(By.id("submissionForm:submit"));
        wait.until(ExpectedConditions.textToBe(By.id("status"), "На рассмотрении"));
        signOut();

        signIn("coordinator");
        open("/app/submission.xhtml?id=" + first);
        waitFor(By.id("submissionForm:changesNote"));
        String changed = text(By.id("submissionForm:entries"));
        assertTrue(changed.contains("изменено после возврата") && changed.contains("добавлено после возврата"),
                "what changed since the return is marked: " + changed);
        assertEquals(2, browser.findElements(By.cssSelector("tr.registry-changed-row")).size());
        assertFalse(changed.contains("Концерт, который отменят"), changed);
        String deleted = text(By.id("submissionForm:deleted"));
        assertTrue(deleted.contains("Концерт, который отменят " + year) && deleted.contains("удалено после возврата")
                && deleted.contains("Алексей Морозов"), "the deleted entry is shown, struck out: " + deleted);
        assertEquals("Удалено: Концерт, который отменят " + year, browser.findElement(By.cssSelector(
                "[id='submissionForm:deleted'] tbody del:has(.registry-sr-only)")).getAttribute("textContent").strip(),
                "screen readers hear that it was deleted");
        resize(1366, 768);
        assertEquals(0, horizontalOverflow(), "the review page does not scroll sideways at 1366 px: "
                + widestElements());
        assertEquals("", script("return Array.from(document.querySelectorAll("
                + "'[id=\"submissionForm:entries\"] th, [id=\"submissionForm:entries\"] td'))"
                + ".filter(function (c) { return c.scrollWidth > c.clientWidth + 1; })"
                + ".map(function (c) { return c.textContent.trim().substring(0, 30); }).join('; ')"),
                "no heading or value runs out of its column at 1366 px");
        screenshot("coordinator-review-changes");
        script("document.getElementById('submissionForm:entries').scrollIntoView()");
        screenshot("coordinator-review-entries");
        script("document.getElementById('submissionForm:deleted').scrollIntoView()");
        screenshot("coordinator-review-deleted");
        click(By.id("submissionForm:approve"));
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Утвержден"));
        assertTrue(text(By.id("submissionForm:history")).contains("Наталья Петрова"), "people by name");

        open("/app/submissions.xhtml?status=SUBMITTED&period=" + period);
        String rest = text(By.id("submissionsForm:table"));
        assertTrue(rest.contains("город Смоленск") && !rest.contains("Шумячский"), rest);
        assertTrue(second > 0);
    }

    @Test
    void theMatrixGroupsTheOrganisationsAndItsCellsAndTotalsAreLinks() {
        signIn("coordinator");
        String matrix = text(By.id("matrix"));
        List<String> order = List.of("Городские округа", "город Смоленск", "Муниципальные округа", "Шумячский",
                "Исполнительные органы");
        int last = -1;
        for (String part : order) {
            int at = matrix.indexOf(part);
            assertTrue(at > last, "«" + part + "» in its group and order: " + matrix);
            last = at;
        }
        screenshot("coordinator-matrix");
        WebElement smolensk = browser.findElements(By.cssSelector("#matrix tbody tr")).stream()
                .filter(tr -> tr.getText().startsWith("город Смоленск")).findFirst().orElseThrow();
        List<WebElement> cells = smolensk.findElements(By.tagName("a"));
        assertFalse(cells.isEmpty(), "the demo plan of город Смоленск is a link: " + smolensk.getText());
        cells.get(0).click();
        waitFor(By.id("status"));
        assertTrue(text(By.id("summary")).contains("город Смоленск"), text(By.id("summary")));

        open("/app/index.xhtml");
        WebElement total = browser.findElement(By.cssSelector("#matrix tfoot a"));
        String status = total.getText().replaceAll(":.*", "");
        total.click();
        wait.until(ExpectedConditions.urlContains("period="));
        assertTrue(browser.getCurrentUrl().contains("status="), browser.getCurrentUrl());
        List<WebElement> rows = browser.findElements(By.cssSelector("[id='submissionsForm:table_data'] tr[data-ri]"));
        assertTrue(rows.stream().allMatch(r -> r.getText().contains(status)), "only «" + status + "»");
    }

    /** A municipal plan with its entries, sent for review by its operator; its id. */
    private static long submittedPlan(String account, String organization, String period, String... names) {
        long id = Api.createDraft(account, organization, period, "PLAN").getJsonNumber("id").longValue();
        for (String name : names) {
            Api.addEntry(account, id, name, "май " + period.substring(0, 4) + " года");
        }
        String path = "/api/submissions/" + id;
        Api.Answer submitted = Api.post(account, path + "/submit", Api.etag(account, path), "{}");
        assertEquals(200, submitted.status(), submitted.body());
        return id;
    }

    private WebElement campaignRow(String label) {
        return wait.until(d -> d.findElements(By.cssSelector("[id='campaignsForm:campaigns_data'] tr")).stream()
                .filter(tr -> tr.getText().contains(label) && tr.getText().contains("Региональный уровень"))
                .findFirst().orElse(null));
    }
}
