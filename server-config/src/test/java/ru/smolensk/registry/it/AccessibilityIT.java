package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * axe-core (the script bundled by {@code com.deque.html.axe-core:selenium}) over every screen, on a wide screen and a
 * phone, with the WCAG 2.0 and 2.1 A and AA rules: no critical and no serious violation anywhere; the moderate and
 * minor ones are counted and printed. Results and dialogs that appear after an action are scanned as well.
 */
class AccessibilityIT extends ScreenTestSupport {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"desktop, 1440, 900", "phone, 390, 844"})
    void noScreenHasACriticalOrSeriousViolation(String size, int width, int height) {
        resize(width, height);
        List<String> severe = new ArrayList<>();
        List<String> moderate = new ArrayList<>();
        String account = null;
        for (Screens screen : Screens.all()) {
            if (!Objects.equals(account, screen.account())) {
                if (account != null) {
                    signOut();
                }
                if (screen.account() != null) {
                    signIn(screen.account());
                }
                account = screen.account();
            }
            open(screen.path());
            waitFor(By.id("pageTitle"));
            settled();
            Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
            assertTrue(results.getErrorMessage() == null, screen.name() + ": " + results.getErrorMessage());
            for (Rule rule : results.getViolations()) {
                String line = screen.name() + ": " + rule.getImpact() + " " + rule.getId() + " — " + rule.getHelp()
                        + " at " + targets(rule);
                if ("critical".equals(rule.getImpact()) || "serious".equals(rule.getImpact())) {
                    severe.add(line);
                } else {
                    moderate.add(line);
                }
            }
        }
        System.out.println("axe-core, " + size + ": " + moderate.size() + " moderate or minor violation(s)"
                + (moderate.isEmpty() ? "" : ":\n  " + String.join("\n  ", moderate)));
        assertTrue(severe.isEmpty(), "critical or serious violations at " + size + ":\n" + String.join("\n", severe));
    }

    /**
     * What only appears after an action: the analytics' results (charts with their tables), the confirmation of a
     * deletion (a dialog opened from the keyboard that Escape closes again) and the preview of an import.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"desktop, 1440, 900", "phone, 390, 844"})
    void resultsAndDialogsHaveNoCriticalOrSeriousViolation(String size, int width, int height) {
        resize(width, height);
        List<String> severe = new ArrayList<>();
        signIn("coordinator");
        open("/app/analytics.xhtml");
        click(By.id("analyticsForm:show"));
        waitFor(By.id("analyticsTotal"));
        settled();
        severe.addAll(severe("analytics-results", new AxeBuilder().withTags(WCAG_21_AA).analyze(browser)));
        signOut();

        String period = Api.freeYear() + "-H1";
        long plan = Api.createDraft("smolensk", "smolensk", period, "PLAN").getJsonNumber("id").longValue();
        Api.addEntry("smolensk", plan, "Мероприятие для проверки диалога", "май " + period.substring(0, 4) + " года");
        signIn("smolensk");
        open("/app/submission.xhtml?id=" + plan);
        WebElement delete = waitFor(By.id("submissionForm:entries:0:delete"));
        script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", delete);
        delete.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmForm:confirmYes")));
        settled();
        severe.addAll(severe("delete-confirmation", new AxeBuilder().withTags(WCAG_21_AA).analyze(browser)));
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirmForm:confirmYes")));
        assertTrue(browser.findElements(By.cssSelector("[id='submissionForm:entries_data'] tr[data-ri]")).size() == 1,
                "Escape deletes nothing");
        signOut();

        signIn("shumyachi");
        open("/app/import.xhtml");
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(OwnDocumentImportBrowserIT.sample(
                "report-shumyachsky-2025-Q2.doc").toAbsolutePath().toString());
        click(By.id("uploadForm:check"));
        waitFor(By.id("preview"));
        settled();
        severe.addAll(severe("import-preview", new AxeBuilder().withTags(WCAG_21_AA).analyze(browser)));
        assertTrue(severe.isEmpty(), "critical or serious violations at " + size + ":\n" + String.join("\n", severe));
    }

    private static List<String> severe(String screen, Results results) {
        assertTrue(results.getErrorMessage() == null, screen + ": " + results.getErrorMessage());
        return results.getViolations().stream()
                .filter(rule -> "critical".equals(rule.getImpact()) || "serious".equals(rule.getImpact()))
                .map(rule -> screen + ": " + rule.getImpact() + " " + rule.getId() + " — " + rule.getHelp() + " at "
                        + targets(rule))
                .toList();
    }

    private static String targets(Rule rule) {
        return rule.getNodes().stream().limit(5).map(CheckedNode::getTarget).map(String::valueOf)
                .collect(Collectors.joining(", ")) + (rule.getNodes().size() > 5 ? " …" : "");
    }
}
