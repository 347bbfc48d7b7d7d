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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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

    /** Opens a page, once the server is ready (a class run alone may start before the application has). */
    void open(String path) {
        ServerReadiness.await();
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

    /** The element's text, found again if an Ajax update replaces it while it is read. */
    String text(By element) {
        return wait.until(page -> page.findElement(element).getText());
    }

    WebElement waitFor(By element) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(element));
    }

    /** Resizes the browser's window (headless: its viewport) to a phone's or a wide screen's size. */
    void resize(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        wait.until(page -> ((Number) script("return window.innerWidth")).intValue() == width);
    }

    /**
     * Waits until no jQuery effect runs (a dialog's fade, a panel's slide): what a screen shows half-faded is not what
     * a person reads, and a contrast check of it measures the animation.
     */
    void settled() {
        wait.until(page -> Boolean.TRUE.equals(script("return !window.jQuery || (jQuery(':animated').length === 0"
                + " && jQuery('.ui-dialog:visible').filter(function () {"
                + " return getComputedStyle(this).opacity !== '1'; }).length === 0)")));
    }

    /**
     * The length of the page's view state (encrypted, compressed, Base64): it carries the screen's view-scoped bean
     * and travels with every post of the page.
     */
    int viewStateLength() {
        return ((Number) script("var s = document.querySelector('input[name=\"jakarta.faces.ViewState\"]');"
                + " return s ? s.value.length : -1")).intValue();
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** How many pixels the page is wider than the viewport (0 when nothing needs scrolling sideways). */
    int horizontalOverflow() {
        return ((Number) script("return Math.max(document.documentElement.scrollWidth,"
                + " document.body.scrollWidth) - document.documentElement.clientWidth")).intValue();
    }

    /** The deepest elements that reach beyond the viewport's right edge, to say what makes a page too wide. */
    String widestElements() {
        return String.valueOf(script("var w = document.documentElement.clientWidth, out = [];"
                + " document.querySelectorAll('body *').forEach(function (e) {"
                + "  var r = e.getBoundingClientRect();"
                + "  if (r.right > w + 1 && r.width > 0 && !Array.from(e.children).some(function (c) {"
                + "    return c.getBoundingClientRect().right > w + 1; })) {"
                + "   out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.left) + '..'"
                + "    + Math.round(r.right)); } });"
                + " return out.slice(0, 6).join('; ');"));
    }

    /** The id of the focused element, empty when none has an id. */
    String focusedId() {
        Object id = script("return document.activeElement ? document.activeElement.id : ''");
        return id == null ? "" : id.toString();
    }

    /** The visible text of the page. */
    String pageText() {
        return browser.findElement(By.tagName("body")).getText();
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
    static Path buildFolder() {
        try {
            return Path.of(ScreenTestSupport.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
