package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Takes the pictures of the user guide ({@code docs/guide/README.md}) from the running application, so every build
 * that runs the system tests renews them and they never show screens that are gone: into the folder
 * {@code it.guide.images} (the build folder's {@code guide-img}), from where the build copies them to
 * {@code docs/guide/img} after the tests. Then checks that every picture the guide shows was taken in this run.
 */
class GuideScreenshotsIT extends ScreenTestSupport {

    private static final Path IMAGES = Path.of(System.getProperty("it.guide.images", "target/guide-img"));
    private static final Path GUIDE = Path.of(System.getProperty("it.guide", "../docs/guide/README.md"));
    private static final Pattern PICTURE = Pattern.compile("!\\[[^\\]]*\\]\\(img/([^)]+\\.png)\\)");

    @Test
    void theGuidesPicturesComeFromTheScreens() throws URISyntaxException {
        Instant start = Instant.now().minusSeconds(2);
        resize(1280, 800);
        open("/login.xhtml");
        waitFor(By.id("loginForm:username"));
        picture("login");

        signIn("shumyachi");
        picture("operator-dashboard");
        long plan = Screens.operatorsPlan();
        open("/app/submission.xhtml?id=" + plan);
        waitFor(By.id("submissionForm:entries"));
        picture("operator-plan");
        click(By.id("submissionForm:addEntry"));
        type(By.id("entryForm:name"), "Визит делегации Кричевского района Могилевской области");
        type(By.id("entryForm:place"), "п. Шумячи");
        type(By.id("entryForm:dates"), "июнь 2026 года");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entryForm:datesInterpretation"),
                "с 01.06.2026 по 30.06.2026"));
        picture("entry-form");

        open("/app/import.xhtml");
        Path fixture = Path.of(GuideScreenshotsIT.class.getResource("/fixtures/plan-municipal-2026-H1.docx").toURI());
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(fixture.toAbsolutePath().toString());
        browser.findElement(By.id("uploadForm:check")).click();
        waitFor(By.id("preview"));
        picture("import-preview");

        open("/app/events.xhtml");
        waitFor(By.id("eventsForm:events"));
        picture("events");
        open("/app/documents.xhtml");
        waitFor(By.id("consolidated"));
        picture("documents");
        signOut();

        long submitted = submittedPlan();
        signIn("coordinator");
        picture("coordinator-dashboard");
        open("/app/submission.xhtml?id=" + submitted);
        waitFor(By.id("submissionForm:approve"));
        type(By.id("submissionForm:reason"), "Уточните число участников второго мероприятия");
        picture("coordinator-review");
        open("/app/analytics.xhtml");
        click(By.id("analyticsForm:show"));
        waitFor(By.id("analyticsTotal"));
        picture("analytics");
        open("/app/exchange.xhtml");
        waitFor(By.id("pageTitle"));
        picture("exchange");
        signOut();

        signIn("admin");
        open("/app/admin/reference.xhtml");
        waitFor(By.id("pageTitle"));
        picture("admin-reference");
        open("/app/admin/accounts.xhtml");
        waitFor(By.id("pageTitle"));
        picture("admin-accounts");

        resize(390, 844);
        open("/app/index.xhtml");
        click(By.id("menuToggle"));
        picture("phone-menu");

        List<String> stale = new ArrayList<>();
        for (String name : picturesOfTheGuide()) {
            Path file = IMAGES.resolve(name);
            if (!Files.exists(file) || lastModified(file).toInstant().isBefore(start)) {
                stale.add(name);
            }
        }
        assertTrue(stale.isEmpty(), "pictures of the guide not taken by this test: " + stale);
    }

    /** A plan of город Смоленск with two entries, sent for review (a new period each run). */
    private static long submittedPlan() {
        String period = Api.freeYear() + "-H2";
        String year = period.substring(0, 4);
        long id = Api.createDraft("smolensk", "smolensk", period, "PLAN").getJsonNumber("id").longValue();
        Api.addEntry("smolensk", id, "Дни культуры Республики Беларусь в Смоленской области", "октябрь " + year
                + " года");
        Api.addEntry("smolensk", id, "Международный фестиваль «Славянское единство»", "ноябрь " + year + " года");
        String path = "/api/submissions/" + id;
        Api.Answer submit = Api.post("smolensk", path + "/submit", Api.etag("smolensk", path), "{}");
        assertEquals(200, submit.status(), submit.body());
        return id;
    }

    /** Saves the browser's viewport as a picture of the guide, and among the build's screenshots. */
    private void picture(String name) {
        try {
            Files.createDirectories(IMAGES);
            Files.write(IMAGES.resolve(name + ".png"), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        screenshot("guide-" + name);
    }

    private static List<String> picturesOfTheGuide() {
        try {
            Matcher pictures = PICTURE.matcher(Files.readString(GUIDE));
            List<String> names = new ArrayList<>();
            while (pictures.find()) {
                names.add(pictures.group(1));
            }
            assertTrue(!names.isEmpty(), "the guide shows pictures: " + GUIDE);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
