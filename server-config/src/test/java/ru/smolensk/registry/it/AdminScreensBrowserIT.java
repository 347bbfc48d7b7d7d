package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The later staff screens in a real browser: analytics charts, the administrator's reference data and accounts
 * (refused to an operator), countries and agreements in the entry form, the link of a report entry to the plan
 * entry it fulfils, and sorting the events list. Screenshots go to the build folder's {@code screenshots}.
 */
class AdminScreensBrowserIT extends ScreenTestSupport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Test
    void theAnalyticsShowChartsOfTheDemoPeriods() {
        signIn("coordinator");
        open("/app/analytics.xhtml");
        waitFor(By.id("analyticsForm:show"));
        js("PF('fromPeriod').selectValue('2025-H1'); PF('toPeriod').selectValue('2026-H2');");
        WebElement total = waitFor(By.id("analyticsTotal"));
        click(By.id("analyticsForm:show"));
        wait.until(ExpectedConditions.stalenessOf(total));
        String count = text(By.id("analyticsTotal")).replaceAll("\\D", "");
        assertTrue(Long.parseLong(count) > 0, "the demo registry has approved events: " + count);
        for (String chart : List.of("countryChart", "organizationChart", "sphereChart", "monthChart")) {
            WebElement canvas = waitFor(By.cssSelector("#analyticsForm\\:" + chart + " canvas"));
            wait.until(page -> canvas.getSize().getWidth() > 0 && canvas.getSize().getHeight() > 0);
        }
        String months = text(By.id("analyticsForm:byMonthTable"));
        assertTrue(months.matches("(?s).*(январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь"
                + "|декабрь) 202[56].*"), months);
        assertFalse(text(By.id("analyticsForm:byOrganizationTable")).contains("Нет данных"));
        assertTrue(text(By.id("analyticsForm:fulfilment")).contains("%"));
        screenshot("analytics");
    }

    @Test
    void theAdministratorAddsAHistoricNameAndBindsAnAccount() {
        signIn("admin");
        assertFalse(browser.findElements(By.id("menuForm:menuAdmin")).isEmpty(), "the administrator's menu");
        open("/app/admin/reference.xhtml");
        String name = "Шумячский район Смоленской области (" + ThreadLocalRandom.current().nextInt(1_000_000) + ")";
        js("PF('nameOrganization').selectValue('shumyachsky');");
        type(By.id("tabs:nameForm:name"), name);
        type(By.id("tabs:nameForm:validFrom_input"), "01.01.1993");
        type(By.id("tabs:nameForm:validTo_input"), "31.12.2004");
        click(By.id("tabs:nameForm:addName"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "добавлено"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:organizations"), name));
        String organizations = text(By.id("tabs:organizations"));
        assertTrue(organizations.contains("с 01.01.1993, по 31.12.2004"), "the dates in Russian format");
        screenshot("admin-reference");

        open("/app/admin/accounts.xhtml");
        String username = "ivanova" + ThreadLocalRandom.current().nextInt(1_000_000);
        type(By.id("accountForm:username"), username);
        type(By.id("accountForm:fullName"), "Иванова Мария Петровна");
        js("PF('accountOrganization').selectValue('shumyachsky');");
        click(By.id("accountForm:bind"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "привязан"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accountForm:accounts"), username));
        screenshot("admin-accounts");
        HttpResponse<String> accounts = RegistryClient.as("admin").get("/api/reference/accounts");
        assertTrue(accounts.body().contains(username) && accounts.body().contains("shumyachsky"), accounts.body());
    }

    @Test
    void theCoordinatorReadsAMessageOfTheJournalAndTheAdministratorResendsFromTheOutbox() {
        String messageId = UUID.randomUUID().toString();
        assertEquals(200, SoapExchangeIT.call(RegistryClient.as("federal"), "Ping", SoapExchangeIT.header(messageId,
                false), "<x:Ping/>").statusCode());

        signIn("coordinator");
        click(By.id("menuForm:menuExchange"));
        type(By.id("exchangeForm:partner"), "federal");
        js("PF('exchangeDirection').selectValue('IN');");
        wait.until(page -> {
            click(By.id("exchangeForm:show"));
            try {
                return text(By.id("exchangeForm:tabs:journal")).contains(messageId);
            } catch (StaleElementReferenceException e) {
                return false;
            }
        });
        String journal = text(By.id("exchangeForm:tabs:journal"));
        assertTrue(journal.contains("Входящее") && journal.contains("Ping") && journal.contains("Обработано"),
                journal);
        assertTrue(journal.matches("(?s).*\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}:\\d{2}.*"), "dates as written here");
        click(By.xpath("//tr[contains(., '" + messageId + "')]//button[contains(@id, ':open')]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("openedMessage")));
        assertEquals(messageId, text(By.id("openedMessageId")));
        String message = text(By.id("openedMessage"));
        assertTrue(message.contains("<x:Ping/>") && message.contains(messageId), "the message as received: " + message);
        screenshot("exchange-journal-message");
        assertTrue(text(By.id("openedReceipt")).contains("ServerTime"), () -> "the answer, readable: "
                + text(By.id("exchangeForm:messageDetail")) + "\nas journaled: "
                + RegistryClient.as("coordinator").get("/api/exchange/journal?partner=federal").body());
        assertTrue(browser.findElements(By.cssSelector("[id$=':resend']")).isEmpty(), "only an administrator resends");
        click(By.cssSelector("[id='exchangeForm:messageDialog'] .ui-dialog-titlebar-close"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("openedMessage")));
        signOut();

        long report = Api.approvedReportWithOneEvent("2032-Q2",
                "Фестиваль «Славянское единство» для отправки партнеру", "15 августа 2032 года");
        signIn("admin");
        open("/app/exchange.xhtml");
        click(By.xpath("//a[contains(., 'Очередь отправки')]"));
        String row = "//tbody[contains(@id, 'outbox')]/tr[.//a[substring-after(@href, 'id=')='" + report + "']]";
        String queued = waitFor(By.xpath(row)).getText();
        assertTrue(queued.contains("union") && queued.contains("Ожидает отправки"), queued);
        click(By.xpath(row + "//button[contains(@id, ':resend')]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "снова поставлено"));
        screenshot("exchange-outbox");
        String audit = RegistryClient.as("admin").get("/api/audit?entity=OutboundMessage").body();
        assertTrue(audit.contains("Повторная отправка"), audit);

        signOut();
        signIn("smolensk");
        assertTrue(browser.findElements(By.id("menuForm:menuExchange")).isEmpty(), "no exchange menu for operators");
        open("/app/exchange.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("errorText"), "нет прав на эту страницу"));
        assertFalse(browser.getPageSource().contains(messageId));
    }

    @Test
    void anOperatorIsRefusedTheAdministratorsScreens() {
        signIn("smolensk");
        assertTrue(browser.findElements(By.id("menuForm:menuAdmin")).isEmpty(), "no administrator's menu");
        for (String page : List.of("/app/admin/reference.xhtml", "/app/admin/accounts.xhtml")) {
            open(page);
            wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("errorText"), "нет прав на эту страницу"));
            assertTrue(browser.findElements(By.id("tabs:nameForm:addName")).isEmpty());
            assertTrue(browser.findElements(By.id("accountForm:bind")).isEmpty());
        }
        screenshot("admin-refused");
    }

    @Test
    void aReportEntryGetsCountriesAnAgreementAndItsPlanEntry() {
        int year = Api.freeYear();
        long plan = draft(year + "-H1", "PLAN");
        long planned = planEntry(plan, "Фестиваль славянской культуры «Смоленский венок»", "март " + year + " года");
        long report = draft(year + "-Q1", "REPORT");

        signIn("smolensk");
        open("/app/event.xhtml?submission=" + report);
        type(By.id("entryForm:name"), "Проведение фестиваля славянской культуры \"Смоленский венок\"");
        type(By.id("entryForm:place"), "г. Смоленск");
        type(By.id("entryForm:dates"), "15 марта " + year + " года");
        type(By.id("entryForm:outcome"), "Фестиваль проведен, подписано соглашение о сотрудничестве");
        type(By.id("entryForm:participants"), "Делегации городов-побратимов, 80 человек");
        js("PF('countriesChoice').selectValue('BY'); PF('countriesChoice').selectValue('CN');");
        assertTrue(text(By.id("entryForm:planLink")).contains("Сохраните мероприятие"));
        type(By.id("entryForm:agreementTitle"), "Соглашение о сотрудничестве в сфере культуры");
        type(By.id("entryForm:agreementParties"), "г. Смоленск, г. Брест");
        click(By.id("entryForm:addAgreement"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entryForm:agreements"),
                "Соглашение о сотрудничестве в сфере культуры"));
        screenshot("entry-form-report");
        click(By.id("entryForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Мероприятие добавлено"));

        click(By.id("submissionForm:entries:0:edit"));
        waitFor(By.id("entryForm:name"));
        String countries = text(By.id("entryForm:countries"));
        assertTrue(countries.contains("Беларусь") && countries.contains("Китай"), countries);
        String agreements = text(By.id("entryForm:agreements"));
        assertTrue(agreements.contains("Соглашение") && agreements.contains("г. Смоленск, г. Брест"), agreements);
        long entry = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        String saved = RegistryClient.as("smolensk").get("/api/events/" + entry).body();
        assertTrue(saved.contains("BY") && saved.contains("CN"), saved);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entryForm:suggestions"),
                "Смоленский венок"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id(
                "entryForm:countries")));
        screenshot("entry-plan-suggestions");
        click(By.id("entryForm:suggestions:0:link"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "связано с планом"));
        assertTrue(text(By.id("linkedPlan")).contains("Фестиваль славянской культуры"), text(By.id("linkedPlan")));
        String linked = RegistryClient.as("smolensk").get("/api/events/" + entry).body();
        assertTrue(linked.contains("\"planEntryId\":" + planned), linked);
        type(By.id("entryForm:participants"), "Делегации городов-побратимов, 85 человек");
        click(By.id("entryForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Мероприятие изменено"));
    }

    @Test
    void theEventsListIsSortedByDatesBothWays() {
        signIn("coordinator");
        open("/app/events.xhtml");
        waitFor(By.id("eventsForm:events"));
        List<LocalDate> ascending = sortAndReadDates();
        assertTrue(ascending.size() > 1, "dated events: " + ascending);
        for (int i = 1; i < ascending.size(); i++) {
            assertFalse(ascending.get(i).isBefore(ascending.get(i - 1)), "ascending: " + ascending);
        }
        screenshot("events-sorted");
        List<LocalDate> descending = sortAndReadDates();
        for (int i = 1; i < descending.size(); i++) {
            assertFalse(descending.get(i).isAfter(descending.get(i - 1)), "descending: " + descending);
        }
        assertTrue(descending.get(0).isAfter(ascending.get(0)), ascending + " / " + descending);
    }

    @Test
    void theDashboardsShowDeadlinesOverdueDocumentsAndCompleteness() {
        int year = Api.freeYear();
        LocalDate today = LocalDate.now();
        String overdue = "/api/campaigns/report/municipal/" + year + "-Q2";
        String open = "/api/campaigns/report/municipal/" + year + "-Q3";
        coordinator("PUT", overdue, "{\"opensOn\":\"" + today.minusDays(30) + "\",\"closesOn\":\""
                + today.minusDays(2) + "\"}");
        coordinator("PUT", open, "{\"opensOn\":\"" + today.minusDays(1) + "\",\"closesOn\":\"" + today.plusDays(10)
                + "\"}");
        coordinator("POST", open + "/extensions", Json.createObjectBuilder().add("organization", "smolensk")
                .add("until", today.plusDays(20).toString()).add("reason", "Болезнь исполнителя").build().toString());

        signIn("smolensk");
        String deadlines = text(By.id("deadlines"));
        assertTrue(deadlines.contains("II квартал " + year + " года") && deadlines.contains("просрочено"), deadlines);
        assertTrue(deadlines.contains(today.plusDays(20).format(DAY) + " (продлен)"), deadlines);
        screenshot("dashboard-deadlines");
        click(By.id("signOutForm:signOut"));
        waitFor(By.id("loginForm:username"));

        signIn("coordinator");
        String completeness = text(By.id("completeness"));
        assertTrue(completeness.contains("III квартал " + year + " года") && completeness.contains("Отчеты"),
                completeness);
        assertTrue(completeness.contains("город Смоленск"), "not handed in yet: " + completeness);
        screenshot("dashboard-completeness");
    }

    private static void coordinator(String method, String path, String json) {
        RegistryClient coordinator = RegistryClient.as("coordinator");
        HttpResponse<String> answer = coordinator.send(coordinator.request(path).header("Content-Type",
                "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)).build());
        assertEquals(200, answer.statusCode(), answer.body());
    }

    private List<LocalDate> sortAndReadDates() {
        WebElement firstRow = waitFor(By.cssSelector("#eventsForm\\:events_data tr[data-ri]"));
        click(By.cssSelector("th[id='eventsForm:events:colDates']"));
        wait.until(ExpectedConditions.stalenessOf(firstRow));
        List<LocalDate> dates = new ArrayList<>();
        for (WebElement cell : browser.findElements(By.cssSelector(
                "#eventsForm\\:events_data tr[data-ri] td:nth-child(4) .registry-muted"))) {
            dates.add(LocalDate.parse(cell.getText().strip().substring(0, 10), DAY));
        }
        return dates;
    }

    private static long draft(String period, String kind) {
        return Api.createDraft("smolensk", "smolensk", period, kind).getJsonNumber("id")
                .longValue();
    }

    private static long planEntry(long submission, String name, String dates) {
        RegistryClient smolensk = RegistryClient.as("smolensk");
        String json = Json.createObjectBuilder().add("submissionId", submission).add("name", name)
                .add("place", "г. Смоленск").add("dates", dates).add("description", "Фестиваль народного творчества")
                .add("goal", "Развитие культурных связей").add("participants", "Делегации городов-побратимов")
                .build().toString();
        HttpResponse<String> created = smolensk.send(smolensk.request("/api/events")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
        assertEquals(201, created.statusCode(), created.body());
        return RegistryClient.json(created).asJsonObject().getJsonNumber("id").longValue();
    }

    private void js(String script) {
        waitFor(By.id("account-name"));
        ((JavascriptExecutor) browser).executeScript(script);
    }
}
