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
 * organisation code, required: the organisation filter offers organisations by a part of their name or code)).
 * Then prints where the time of each went: the server, the transfer and the browser (navigation and resource
 * timing of the browser).
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
        // polls every 10 ms: at Selenium's default of 500 ms an Ajax update of 350 ms was measured as 850 ms
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(120), Duration.ofMillis(10));
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
        PhaseTimes helpPhases = new PhaseTimes();
        PhaseTimes openPhases = new PhaseTimes();
        PhaseTimes filterPhases = new PhaseTimes();
        PhaseTimes periodPhases = new PhaseTimes();
        String report = "";
        String periodReport = "";
        for (int i = -3; i < COUNT; i++) {
            long help = timed(() -> {
                browser.get(URL + "/help.xhtml");
                return null;
            });
            Object helpTiming = navigationTiming();
            long open = timed(() -> {
                browser.get(URL + "/app/events.xhtml");
                wait.until(ExpectedConditions.presenceOfElementLocated(TABLE));
                return null;
            });
            Object openTiming = navigationTiming();
            choose("periodFilter", "period", System.getProperty("bench.period"));
            chooseOrganization(System.getProperty("bench.organization"));
            long filter = search();
            Object filterTiming = ajaxTiming(filter);
            report = paginator();
            chooseOrganization("-");
            long period = search();
            Object periodTiming = ajaxTiming(period);
            periodReport = paginator();
            if (i >= 0) {
                baseline.add(help);
                opened.add(open);
                filtered.add(filter);
                periodOnly.add(period);
                helpPhases.add(helpTiming);
                openPhases.add(openTiming);
                filterPhases.add(filterTiming);
                periodPhases.add(periodTiming);
            }
        }
        System.out.printf("%nFaces events list, %d times each, signed in as %s at %s%n", COUNT, USER, URL);
        System.out.printf("the filtered list's paginator: %s; the period's: %s%n", report, periodReport);
        print("baseline  the help page (same layout, no entry)", baseline);
        print("measured  the events screen opened (first page, no filter)", opened);
        print("measured  period + organisation applied (Ajax update of the table)", filtered);
        print("measured  period only applied (Ajax update of the table)", periodOnly);
        System.out.println("target    the filtered list p95 < 500 ms");
        System.out.printf("%nWhere the time goes (medians, ms; server = request sent to first byte, transfer = first to"
                + " last byte, browser = the rest: parsing, scripts, layout; bytes of the page or the Ajax answer)%n");
        helpPhases.print("the help page");
        openPhases.print("the events screen opened");
        filterPhases.print("period + organisation applied");
        periodPhases.print("period only applied");
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

    /** The phases of the page just loaded, from the browser's navigation timing. */
    private Object navigationTiming() {
        return ((JavascriptExecutor) browser).executeScript("var n = performance.getEntriesByType('navigation')[0];"
                + " return [n.responseStart - n.requestStart, n.responseEnd - n.responseStart,"
                + " n.loadEventEnd - n.responseEnd, n.decodedBodySize];");
    }

    /** The phases of the last Ajax request (its resource timing); the browser's share is the rest of the total. */
    private Object ajaxTiming(long totalNanos) {
        return ((JavascriptExecutor) browser).executeScript("var r = performance.getEntriesByType('resource')"
                + ".filter(function (e) { return e.initiatorType === 'xmlhttprequest'; }).pop();"
                + " performance.clearResourceTimings();"
                + " return [r.responseStart - r.requestStart, r.responseEnd - r.responseStart,"
                + " arguments[0] - (r.responseEnd - r.startTime), r.decodedBodySize];", totalNanos / 1e6);
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

    /**
     * Chooses an organisation in the organisation filter, an autocomplete, as a user does: types its code (the
     * completion finds names and codes) and clicks the offered item ({@code -}: clears the filter).
     */
    private void chooseOrganization(String code) {
        if (browser.findElements(By.id("eventsForm:organization_hinput")).isEmpty()) {
            choose("organizationFilter", "organization", code); // a server of before the autocomplete: a select menu
            return;
        }
        WebElement input = browser.findElement(By.id("eventsForm:organization_input"));
        if ("-".equals(code) || code == null) {
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = '';"
                    + " document.getElementById('eventsForm:organization_hinput').value = '';", input);
            return;
        }
        input.clear();
        input.sendKeys(code);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("li.ui-autocomplete-item[data-item-value='" + code + "']"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("eventsForm:organization_panel")));
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

    /** Phases (server, transfer, browser in ms, bytes) of each round, printed as medians. */
    private static final class PhaseTimes {

        private final List<List<Double>> rounds = new ArrayList<>();

        void add(Object timing) {
            rounds.add(((List<?>) timing).stream().map(v -> ((Number) v).doubleValue()).toList());
        }

        void print(String name) {
            double[] medians = new double[4];
            for (int phase = 0; phase < medians.length; phase++) {
                int p = phase;
                double[] sorted = rounds.stream().mapToDouble(r -> r.get(p)).sorted().toArray();
                medians[phase] = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
            }
            System.out.printf("%-40s server %7.1f  transfer %6.1f  browser %7.1f  bytes %,9.0f%n", name,
                    medians[0], medians[1], medians[2], medians[3]);
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] / 1e6;
    }

}
