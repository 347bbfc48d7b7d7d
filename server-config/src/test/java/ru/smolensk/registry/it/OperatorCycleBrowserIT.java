package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.JsonObject;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 21, the operator's part on screen (headless Chromium): an operator starts a plan for the period of an open
 * campaign («Новый план»; starting it again opens the same draft), sees every missing field at once, adds two
 * entries (one with a chosen format), changes one, deletes the other after a confirmation (audited), submits the
 * plan and then finds its entries read-only with a note what to do; the documents page tells in Russian that a
 * period has no document of the organisation; the events list's rows open their entry and «Выгрузить в Excel»
 * holds exactly the filtered rows in their order. The reuse of entries: next half-year's plan started by copying
 * last year's (copied, edited, one deleted, submitted), a quarterly report started from its plan's entries of the
 * quarter (each linked); the outcome dialog of the fulfilment page offers the report entry to link with «Проведено
 * по плану» and says what to do when none fits. Each test makes its own data in a random far period.
 */
class OperatorCycleBrowserIT extends ScreenTestSupport {

    private static final String OPERATOR = "smolensk";

    @Test
    void anOperatorStartsAPlanAddsEditsDeletesEntriesSubmitsAndSeesItReadOnly() {
        String period = Api.freeYear() + "-H2";
        String year = period.substring(0, 4);
        announcePlanCampaign(period);

        signIn(OPERATOR);
        startPlanOnScreen(period);
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Черновик"));
        assertTrue(text(By.id("messages")).contains("Черновик создан"), text(By.id("messages")));
        assertTrue(text(By.id("summary")).contains(year), text(By.id("summary")));
        long planId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

        open("/app/submissions.xhtml");
        waitFor(By.id("startForm:startPlan"));
        ((JavascriptExecutor) browser).executeScript("PF('newPlanPeriod').selectValue(arguments[0])", period);
        click(By.id("startForm:startPlan"));
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Черновик"));
        assertTrue(browser.getCurrentUrl().contains("id=" + planId), "the existing draft is opened: "
                + browser.getCurrentUrl());
        assertTrue(text(By.id("messages")).contains("уже создан"), text(By.id("messages")));

        click(By.id("submissionForm:addEntry"));
        waitFor(By.id("entryForm:name"));
        assertFalse(browser.findElements(By.cssSelector("label[for='entryForm:name'] .ui-outputlabel-rfi"))
                .isEmpty(), "required fields are marked");
        click(By.id("entryForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entryForm"),
                "Не заполнено поле «Участники мероприятия»"));
        String errors = text(By.id("entryForm"));
        for (String field : List.of("Наименование мероприятия", "Место проведения мероприятия",
                "Сроки проведения мероприятия", "Описание мероприятия", "Цель проведения мероприятия")) {
            assertTrue(errors.contains("Не заполнено поле «" + field + "»"), "every error at once: " + errors);
        }
        assertTrue(text(By.id("messages")).contains("Исправьте ошибки"), text(By.id("messages")));
        assertTrue(browser.findElement(By.id("entryForm:place")).getAttribute("class").contains("ui-state-error"),
                "the invalid fields are marked");
        screenshot("cycle-entry-errors");

        fillEntry("Конференция побратимов " + year, "г. Смоленск", "октябрь " + year + " года");
        ((JavascriptExecutor) browser).executeScript("PF('formatChoice').selectValue('HYBRID')");
        click(By.id("entryForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("submissionForm:entries"),
                "Конференция побратимов"));

        click(By.id("submissionForm:addEntry"));
        fillEntry("Выставка для удаления " + year, "г. Смоленск", "ноябрь " + year + " года");
        click(By.id("entryForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("submissionForm:entries"),
                "Выставка для удаления"));

        click(By.id("submissionForm:entries:0:edit"));
        waitFor(By.id("entryForm:name"));
        assertEquals("очно и дистанционно", text(By.id("entryForm:format_label")), "the chosen format is kept");
        type(By.id("entryForm:name"), "Конференция городов-побратимов " + year);
        click(By.id("entryForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("submissionForm:entries"),
                "Конференция городов-побратимов"));

        List<WebElement> before = entryRows();
        assertEquals(2, before.size());
        click(By.id("submissionForm:entries:1:delete"));
        waitFor(By.id("confirmForm:confirmYes"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmForm:confirmYes")));
        assertTrue(text(By.id("confirmForm:confirmDelete")).contains("Выставка для удаления"),
                "the confirmation names the entry");
        screenshot("cycle-delete-confirm");
        click(By.id("confirmForm:confirmYes"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "удалено"));
        wait.until(d -> entryRows().size() == 1);
        assertFalse(text(By.id("submissionForm:entries")).contains("Выставка для удаления"));
        String audit = RegistryClient.as("coordinator").get("/api/audit?entity=EventEntry&user=" + OPERATOR
                + "&limit=50").body();
        assertTrue(audit.contains("\"DELETE\"") && audit.contains("Выставка для удаления"),
                "the deletion is audited: " + audit);

        click(By.id("submissionForm:submit"));
        wait.until(ExpectedConditions.textToBe(By.id("status"), "На рассмотрении"));
        assertTrue(browser.findElements(By.id("submissionForm:entries:0:delete")).isEmpty(),
                "no deletion in a submitted plan");
        click(By.id("submissionForm:entries:0:view"));
        String note = text(By.id("entryForm:readOnlyNote"));
        assertTrue(note.contains("отправлен на рассмотрение") && note.contains("вернуть документ на доработку"),
                note);
        assertTrue(browser.findElements(By.id("entryForm:save")).isEmpty(), "no save in a read-only entry");
        assertFalse(browser.findElement(By.id("entryForm:name")).isEnabled(), "the fields are read-only");
        screenshot("cycle-entry-read-only");

        JsonObject plan = RegistryClient.json(RegistryClient.as(OPERATOR).get("/api/submissions/" + planId))
                .asJsonObject();
        assertEquals("SUBMITTED", plan.getString("status"));
        long entryId = plan.getJsonArray("entries").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject entry = RegistryClient.json(RegistryClient.as(OPERATOR).get("/api/events/" + entryId))
                .asJsonObject();
        assertEquals("HYBRID", entry.getString("format"), "the format chosen on the form is the entry's");
    }

    @Test
    void theDocumentsPageSaysInRussianWhenTheOrganisationHasNoDocumentForThePeriod() {
        String halfYear = LocalDate.now().getYear() + 1 + "-H2";
        String existing = RegistryClient.as(OPERATOR).get("/api/submissions?kind=PLAN&period=" + halfYear).body();
        assertTrue(existing.contains("\"total\":0"), "no plan of next year's second half yet: " + existing);

        signIn(OPERATOR);
        open("/app/documents.xhtml");
        waitFor(By.id("documentsForm:show"));
        ((JavascriptExecutor) browser).executeScript("PF('planPeriod').selectValue(arguments[0])", halfYear);
        WebElement links = browser.findElement(By.id("documentsForm:links"));
        click(By.id("documentsForm:show"));
        wait.until(ExpectedConditions.stalenessOf(links));
        String absent = text(By.id("own-plan-absent"));
        assertTrue(absent.contains("не создан") && absent.contains("Планы и отчеты"), absent);
        assertTrue(absent.contains("II полугодие " + halfYear.substring(0, 4)), "the chosen period's: " + absent);
        assertTrue(browser.findElements(By.id("own-plan-docx")).isEmpty(), "no download that could only fail");
        screenshot("cycle-documents-absent");
    }

    @Test
    void theExcelExportHoldsExactlyTheFilteredRowsInTheirOrder() throws Exception {
        String period = Api.freeYear() + "-H1";
        String marker = "Выгрузка " + ThreadLocalRandom.current().nextInt(1_000_000);
        long id = Api.createDraft(OPERATOR, OPERATOR, period, "PLAN").getJsonNumber("id").longValue();
        for (String name : List.of(marker + " Б", marker + " А", marker + " В")) {
            Api.addEntry(OPERATOR, id, name, "май " + period.substring(0, 4) + " года");
        }
        Api.addEntry(OPERATOR, id, "Другое мероприятие " + marker.substring(9), "июнь " + period.substring(0, 4));

        signIn(OPERATOR);
        open("/app/events.xhtml");
        type(By.id("eventsForm:text"), marker);
        WebElement table = browser.findElement(By.id("eventsForm:events"));
        click(By.id("eventsForm:search"));
        wait.until(ExpectedConditions.stalenessOf(table));
        List<String> listed = browser.findElements(By.cssSelector("[id='eventsForm:events_data'] tr[data-ri]"))
                .stream().map(row -> row.findElements(By.tagName("td")).get(1).getText()).toList();
        assertEquals(3, listed.size(), "the filter lists the three entries: " + listed);
        assertTrue(listed.stream().allMatch(name -> name.startsWith(marker)), listed.toString());
        browser.findElement(By.cssSelector("[id='eventsForm:events_data'] a[id$='openEntry']")).click();
        waitFor(By.id("entryForm:name"));
        assertTrue(browser.findElement(By.id("entryForm:name")).getAttribute("value").startsWith(marker),
                "a row opens its entry");
        browser.navigate().back();

        open("/app/events.xhtml");
        type(By.id("eventsForm:text"), marker);
        table = browser.findElement(By.id("eventsForm:events"));
        click(By.id("eventsForm:search"));
        wait.until(ExpectedConditions.stalenessOf(table));
        Path downloads = Files.createTempDirectory("export");
        ((ChromeDriver) browser).executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString()));
        click(By.id("eventsForm:exportList"));
        wait.until(d -> xlsxIn(downloads) != null);
        Path xlsx = xlsxIn(downloads);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> exported = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && row.getCell(1) != null && !row.getCell(1).getStringCellValue().isBlank()) {
                    exported.add(row.getCell(1).getStringCellValue());
                }
            }
            assertEquals(listed, exported, "exactly the listed rows, in the list's order");
            String header = java.util.stream.StreamSupport.stream(sheet.getRow(0).spliterator(), false)
                    .map(cell -> cell.getStringCellValue()).toList().toString();
            assertTrue(header.contains("Формат проведения") && header.contains("Страны"), header);
        }
    }

    @Test
    void anOperatorStartsNextHalfYearsPlanByCopyingLastYearsThenEditsDeletesAndSubmits() {
        int year = Api.freeYear();
        String period = year + "-H2";
        long lastYear = Api.createDraft(OPERATOR, OPERATOR, (year - 1) + "-H2", "PLAN").getJsonNumber("id")
                .longValue();
        Api.addEntry(OPERATOR, lastYear, "Фестиваль «Днепровские зори» " + (year - 1), "август " + (year - 1)
                + " года");
        Api.addEntry(OPERATOR, lastYear, "Форум породненных городов", "сентябрь " + (year - 1) + " года");
        Api.addEntry(OPERATOR, lastYear, "Выставка мастеров прошлого года", "октябрь " + (year - 1) + " года");
        announcePlanCampaign(period);

        signIn(OPERATOR);
        startPlanOnScreen(period);
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Черновик"));
        script("PF('copySource').selectValue(arguments[0])", String.valueOf(lastYear));
        screenshot("cycle-copy-choose");
        click(By.id("submissionForm:copyEntries"));
        wait.until(d -> entryRows().size() == 3);
        assertTrue(text(By.id("submissionForm:entries")).contains("Фестиваль «Днепровские зори» " + (year - 1)));
        screenshot("cycle-copy-copied");

        click(By.id("submissionForm:entries:0:edit"));
        waitFor(By.id("entryForm:name"));
        assertTrue(browser.findElement(By.id("entryForm:name")).getAttribute("value").startsWith("Фестиваль"),
                "the copied entry opens for editing");
        type(By.id("entryForm:name"), "Фестиваль «Днепровские зори» " + year);
        type(By.id("entryForm:dates"), "август " + year + " года");
        click(By.id("entryForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("submissionForm:entries"),
                "Фестиваль «Днепровские зори» " + year));

        click(By.id("submissionForm:entries:2:delete"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmForm:confirmYes")));
        assertTrue(text(By.id("confirmForm:confirmDelete")).contains("Выставка мастеров прошлого года"));
        click(By.id("confirmForm:confirmYes"));
        wait.until(d -> entryRows().size() == 2);

        click(By.id("submissionForm:submit"));
        wait.until(ExpectedConditions.textToBe(By.id("status"), "На рассмотрении"));
        String entries = text(By.id("submissionForm:entries"));
        assertTrue(entries.contains("Фестиваль «Днепровские зори» " + year) && entries.contains("Форум породненных"),
                entries);
        assertFalse(entries.contains("Выставка мастеров прошлого года"), entries);
        screenshot("cycle-copy-submitted");
        assertEquals(3, RegistryClient.json(RegistryClient.as(OPERATOR).get("/api/submissions/" + lastYear))
                .asJsonObject().getJsonArray("entries").size(), "last year's plan keeps its entries");
        String audit = RegistryClient.as("coordinator").get("/api/audit?entity=EventEntry&user=" + OPERATOR
                + "&limit=50").body();
        assertTrue(audit.contains("Скопировано из плана на II полугодие " + (year - 1) + " года"), audit);
    }

    @Test
    void anOperatorsQuarterlyReportStartsFromThePlansEntriesOfThatQuarterEachLinked() {
        int year = Api.freeYear();
        long plan = Api.createDraft(OPERATOR, OPERATOR, year + "-H1", "PLAN").getJsonNumber("id").longValue();
        Api.addEntry(OPERATOR, plan, "Визит делегации в феврале", "февраль " + year + " года");
        long may = Api.addEntry(OPERATOR, plan, "Конкурс юных музыкантов", "май " + year + " года");
        long june = Api.addEntry(OPERATOR, plan, "Ярмарка народных промыслов", "июнь " + year + " года");
        long report = Api.createDraft(OPERATOR, OPERATOR, year + "-Q2", "REPORT").getJsonNumber("id").longValue();

        signIn(OPERATOR);
        open("/app/submission.xhtml?id=" + report);
        String button = text(By.id("submissionForm:fromPlan"));
        assertTrue(button.contains("I полугодие " + year + " года"), "the plan is named in words: " + button);
        screenshot("cycle-report-from-plan");
        click(By.id("submissionForm:fromPlan"));
        wait.until(d -> entryRows().size() == 2);
        String entries = text(By.id("submissionForm:entries"));
        assertTrue(entries.contains("Конкурс юных музыкантов") && entries.contains("Ярмарка народных промыслов"),
                entries);
        assertFalse(entries.contains("Визит делегации в феврале"), "only the quarter's entries: " + entries);
        screenshot("cycle-report-started");

        List<Long> links = RegistryClient.json(RegistryClient.as(OPERATOR).get("/api/submissions/" + report))
                .asJsonObject().getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .map(e -> RegistryClient.json(RegistryClient.as(OPERATOR).get("/api/events/" + e.getJsonNumber("id")
                        .longValue())).asJsonObject().getJsonNumber("planEntryId").longValue())
                .sorted().toList();
        assertEquals(List.of(may, june), links, "each started entry is linked to its plan entry");
    }

    @Test
    void theOutcomeDialogLinksTheOfferedReportEntryWithTheOutcomeAndSaysWhatToDoWhenNoneFits() {
        int year = Api.freeYear();
        String halfYear = year + "-H1";
        long plan = Api.createDraft(OPERATOR, OPERATOR, halfYear, "PLAN").getJsonNumber("id").longValue();
        long festival = Api.addEntry(OPERATOR, plan, "Фестиваль «Славянское единство»", "май " + year + " года");
        Api.addEntry(OPERATOR, plan, "Форум молодежи", "июнь " + year + " года");
        String path = "/api/submissions/" + plan;
        Api.Answer submitted = Api.post(OPERATOR, path + "/submit", Api.etag(OPERATOR, path), "{}");
        assertEquals(200, submitted.status(), submitted.body());
        Api.Answer approved = Api.post("coordinator", path + "/approve", submitted.etag(), "{}");
        assertEquals(200, approved.status(), approved.body());
        long report = Api.createDraft(OPERATOR, OPERATOR, year + "-Q2", "REPORT").getJsonNumber("id").longValue();
        long held = Api.addEntry(OPERATOR, report, "Фестиваль «Славянское единство»", "15 мая " + year + " года");
        Api.addEntry(OPERATOR, report, "Ярмарка ремесел", "апрель " + year + " года");

        signIn(OPERATOR);
        open("/app/fulfilment.xhtml?period=" + halfYear);
        openOutcomeDialog(0);
        chooseOutcome("Проведено по плану");
        String offered = text(By.id("outcomeForm:linkPanel"));
        assertTrue(offered.contains("II квартал " + year + " года, № 1: Фестиваль «Славянское единство»"), offered);
        assertFalse(offered.contains("Ярмарка"), "only an alike entry is offered: " + offered);
        screenshot("cycle-outcome-link-offered");
        click(By.id("outcomeForm:save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("outcomeForm:outcome")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fulfilmentForm"),
                "II квартал " + year + " года: Фестиваль «Славянское единство»"));
        assertEquals(festival, RegistryClient.json(RegistryClient.as(OPERATOR).get("/api/events/" + held))
                .asJsonObject().getJsonNumber("planEntryId").longValue(), "linked and recorded in one step");
        String audit = RegistryClient.as("coordinator").get("/api/audit?entity=EventEntry&entityId=" + held).body();
        assertTrue(audit.contains("Связано с записью плана № 1 (план на I полугодие " + year + " года)"), audit);

        openOutcomeDialog(1);
        chooseOutcome("Проведено по плану");
        String none = text(By.id("outcomeForm:nothingToLink"));
        assertTrue(none.contains("нет похожей записи") && none.contains("I квартал " + year + " года и II квартал "
                + year + " года") && none.contains("«Не проведено»"), none);
        screenshot("cycle-outcome-nothing-to-link");
        click(By.id("outcomeForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcomeForm:outcomeMessages"),
                "Мероприятие № 2 плана не связано ни с одной записью отчета"));
        assertTrue(browser.findElement(By.id("outcomeForm:outcome")).isDisplayed(), "the dialog stays open");
        chooseOutcome("Не проведено");
        assertTrue(browser.findElements(By.id("outcomeForm:nothingToLink")).isEmpty(), "no link for «Не проведено»");
    }

    /** The coordinator opens the municipal plans of the half-year from yesterday for twenty days. */
    private static void announcePlanCampaign(String period) {
        LocalDate today = LocalDate.now();
        Api.Answer announced = Api.send("coordinator", "PUT", "/api/campaigns/plan/municipal/" + period, null,
                "{\"opensOn\":\"" + today.minusDays(1) + "\",\"closesOn\":\"" + today.plusDays(20) + "\"}");
        assertEquals(200, announced.status(), announced.body());
    }

    /** «Новый план» for the half-year on «Планы и отчеты». */
    private void startPlanOnScreen(String period) {
        open("/app/submissions.xhtml");
        waitFor(By.id("startForm:startPlan"));
        script("PF('newPlanPeriod').selectValue(arguments[0])", period);
        screenshot("cycle-start-plan");
        click(By.id("startForm:startPlan"));
    }

    private void openOutcomeDialog(int row) {
        List<WebElement> buttons = wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("[id$=':recordOutcome']"));
            return found.size() > row ? found : null;
        });
        buttons.get(row).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcomeForm:outcome")));
    }

    /**
     * Picks an outcome from the menu as a person does, once the list has finished opening: while it still grows
     * (PrimeFaces' overlay transition, slow on a loaded machine) a click aimed at one item can land on its neighbour,
     * the one already chosen, and then nothing changes.
     */
    private void chooseOutcome(String label) {
        WebElement panel = browser.findElement(By.id("outcomeForm:linkPanel"));
        settled();
        click(By.id("outcomeForm:outcome"));
        wait.until(ExpectedConditions.attributeToBe(By.id("outcomeForm:outcome_label"), "aria-expanded", "true"));
        click(By.cssSelector("[id='outcomeForm:outcome_items'] li[data-label='" + label + "']"));
        wait.until(ExpectedConditions.textToBe(By.id("outcomeForm:outcome_label"), label));
        wait.until(ExpectedConditions.stalenessOf(panel));
    }

    private static Path xlsxIn(Path folder) {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private void fillEntry(String name, String place, String dates) {
        type(By.id("entryForm:name"), name);
        type(By.id("entryForm:place"), place);
        type(By.id("entryForm:dates"), dates);
        type(By.id("entryForm:description"), "Встреча представителей городов-побратимов");
        type(By.id("entryForm:goal"), "Развитие дружественных связей");
        type(By.id("entryForm:participants"), "Делегация г. Бреста (Республика Беларусь), 20 человек");
    }

    private List<WebElement> entryRows() {
        return browser.findElements(By.cssSelector("[id='submissionForm:entries_data'] tr[data-ri]"));
    }
}
