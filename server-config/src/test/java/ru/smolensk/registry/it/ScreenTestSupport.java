package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the browser tests share: Debian's headless Chromium through {@value #CHROMEDRIVER} at 1366×768 in Russian,
 * a fresh browser per test, signing in and out, waiting for elements, and screenshots under the build folder's
 * {@code screenshots}.
 */
abstract class ScreenTestSupport {

    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String CHROMIUM = "/usr/bin/chromium";
    private static final Duration WAIT = Duration.ofSeconds(30);

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        assertTrue(Files.isExecutable(Path.of(CHROMEDRIVER)), "The browser tests need Debian's chromium and"
                + " chromium-driver: " + CHROMEDRIVER + " is missing (apt-get install -y chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        if (Files.isExecutable(Path.of(CHROMIUM))) {
            options.setBinary(CHROMIUM);
        }
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=ru");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER)
                .toFile()).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, WAIT);
        // an Ajax update may replace an element while it is read; newer Chromium reports that as a generic
        // "node does not belong to the document" error instead of a stale element: read it again
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class);
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    void signIn(String account) {
        open("/login.xhtml");
        type(By.id("loginForm:username"), account);
        type(By.id("loginForm:password"), account);
        browser.findElement(By.id("loginForm:signIn")).click();
        waitFor(By.id("account-name"));
    }

    void signOut() {
        browser.findElement(By.id("signOutForm:signOut")).click();
        waitFor(By.id("loginForm:username"));
    }

    void open(String path) {
        browser.get(RegistryClient.BASE_URL + path);
    }

    void click(By element) {
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    void type(By field, String value) {
        WebElement input = waitFor(field);
        input.clear();
        input.sendKeys(value);
    }

    String text(By element) {
        return waitFor(element).getText();
    }

    WebElement waitFor(By element) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(element));
    }

    /** Saves a screenshot as {@code <build folder>/screenshots/<name>.png}. */
    void screenshot(String name) {
        try {
            Path folder = buildFolder().resolve("screenshots");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The module's build folder: the parent of the compiled test classes. */
    private static Path buildFolder() {
        try {
            return Path.of(ScreenTestSupport.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
