package ru.smolensk.registry.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Benchmark of the Faces events list in a real browser (Debian's headless Chromium through
 * {@code /usr/bin/chromedriver}, as the browser tests): signs in, then {@code bench.count} times opens the events
 * screen (its first page, no filter), chooses a period and an organisation and applies them (the Ajax update of the
 * table), then the period alone, and opens the help page as the baseline of the same run (a Faces page of the same layout that reads no
 * entry). Prints p50 and p95 of each, the filtered list's target p95 &lt; 500 ms, and the data set's size as the
 * list reports it.
 *
 * <p>
 * {@code mvn -B -o -pl server-config -am process-test-classes -Pbench-faces -Dbench.url=http://localhost:9080}
 * (optional: {@code bench.user} (password the same, default {@code coordinator}), {@code bench.count} (30),
 * {@code bench.period} (a period code of the filter, default the first offered), {@code bench.organization} (an
 * organisation code, default the first offered)).
 */
public final class FacesListBenchmark {

    private static final String URL = System.getProperty("bench.url", "http://localhost:9080");
    private static final String USER = System.getProperty("bench.user", "coordinator");
    private static final int COUNT = Integer.getInteger("bench.count", 30);
    private static final By TABLE = By.id("eventsForm:events");

    private final WebDriver browser;
    private final WebDriverWait wait;

    private FacesListBenchmark(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(120));
    }

    public static void main(String[] args) {
        ChromeOptions options = new ChromeOptions();
        if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            options.setBinary("/usr/bin/chromium");
        }
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=ru");
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build(), options);
        try {
            new FacesListBenchmark(browser).run();
        } finally {
            browser.quit();
        }
    }

    private void run() {
        signIn();
        List<Long> baseline = new ArrayList<>();
        List<Long> opened = new ArrayList<>();
        List<Long> filtered = new ArrayList<>();
        List<Long> periodOnly = new ArrayList<>();
        String report = "";
        String periodReport = "";
        for (int i = -3; i < COUNT; i++) {
            long help = timed(() -> {
                browser.get(URL + "/help.xhtml");
                return null;
            });
            long open = timed(() -> {
                browser.get(URL + "/app/events.xhtml");
                wait.until(ExpectedConditions.presenceOfElementLocated(TABLE));
                return null;
            });
            choose("periodFilter", "period", System.getProperty("bench.period"));
            choose("organizationFilter", "organization", System.getProperty("bench.organization"));
            long filter = search();
            report = paginator();
            choose("organizationFilter", "organization", "-");
            long period = search();
            periodReport = paginator();
            if (i >= 0) {
                baseline.add(help);
                opened.add(open);
                filtered.add(filter);
                periodOnly.add(period);
            }
        }
        System.out.printf("%nFaces events list, %d times each, signed in as %s at %s%n", COUNT, USER, URL);
        System.out.printf("the filtered list's paginator: %s; the period's: %s%n", report, periodReport);
        print("baseline  the help page (same layout, no entry)", baseline);
        print("measured  the events screen opened (first page, no filter)", opened);
        print("measured  period + organisation applied (Ajax update of the table)", filtered);
        print("measured  period only applied (Ajax update of the table)", periodOnly);
        System.out.println("target    the filtered list p95 < 500 ms");
    }

    /** Applies the filters: the time until the table is replaced. */
    private long search() {
        WebElement table = browser.findElement(TABLE);
        return timed(() -> {
            browser.findElement(By.id("eventsForm:search")).click();
            wait.until(ExpectedConditions.stalenessOf(table));
            wait.until(ExpectedConditions.presenceOfElementLocated(TABLE));
            return null;
        });
    }

    private String paginator() {
        return browser.findElement(TABLE).findElements(By.cssSelector(".ui-paginator-current")).stream()
                .map(WebElement::getText).findFirst().orElse("");
    }

    private void signIn() {
        browser.get(URL + "/login.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loginForm:username"))).sendKeys(USER);
        browser.findElement(By.id("loginForm:password")).sendKeys(USER);
        browser.findElement(By.id("loginForm:signIn")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account-name")));
    }

    /** Chooses the given value of a filter ({@code -}: none), or its first value that is not blank. */
    private void choose(String widget, String id, String value) {
        ((JavascriptExecutor) browser).executeScript("var v = arguments[1] === '-' ? '' : arguments[1];"
                + " if (v === null || v === undefined) { var o = Array.from(document.getElementById('eventsForm:' + arguments[2] + '_input')"
                + ".options).find(function (x) { return x.value; }); v = o ? o.value : ''; }"
                + " PF(arguments[0]).selectValue(v);", widget, value, id);
    }

    private static long timed(Supplier<Void> work) {
        long start = System.nanoTime();
        work.get();
        return System.nanoTime() - start;
    }

    private static void print(String name, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-70s p50 %7.1f ms  p95 %7.1f ms  (n=%d)%n", name, percentile(sorted, 0.50),
                percentile(sorted, 0.95), sorted.length);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] / 1e6;
    }

}
