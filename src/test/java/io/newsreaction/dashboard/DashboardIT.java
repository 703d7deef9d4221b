package io.newsreaction.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsreaction.cli.ErrorHandler;
import io.newsreaction.cli.NewsReactionCommand;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import picocli.CommandLine;

/**
 * The demo as a user runs it ({@code demo --keep-running}, a JVM of its own with the embedded
 * broker and registry), then its console and its dashboard: the console of a healthy run holds no
 * ERROR or WARN line, and Debian's headless Chromium (packages {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them) shows the live feed, one event's
 * horizons and the cohort table as the API answers them; a headline published while the page is
 * open reaches the feed and reloads the charted prices. Leaves {@code target/dashboard.png}.
 */
class DashboardIT {
    private static final Path DIR = Path.of("target", "dashboard-it");
    private static final Path SCREENSHOT = Path.of("target", "dashboard.png");
    private static final List<String> SYMBOLS = List.of("AMD", "META", "MSFT", "NVDA", "QQQ", "SPY");
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Pattern WARN_OR_ERROR = Pattern.compile("\\b(WARN|ERROR)\\b");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static DemoProcess demo;
    private static String dashboard;

    @BeforeAll
    static void startDemo() throws Exception {
        deleteRecursively(DIR);
        demo = DemoProcess.start(DIR);
        dashboard = demo.awaitLine("dashboard", Duration.ofMinutes(6));
    }

    @AfterAll
    static void stopDemo() {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void shouldPrintNoWarningOrErrorOnAHealthyDemo() {
        List<String> stdout = demo.stdoutLines();
        List<String> console = new ArrayList<>(stdout);
        console.addAll(demo.stderrLines());
        assertThat(console).as("console of a healthy demo").noneMatch(l -> WARN_OR_ERROR.matcher(l).find());
        assertThat(stdout).filteredOn(l -> l.contains(DIR.resolve("out").resolve("logs").toString()))
                .as("the embedded stack's log directory, printed once").hasSize(1);
        int bootstrap = stdout.indexOf(stdout.stream().filter(l -> l.startsWith("bootstrap.servers=")).findFirst().orElseThrow());
        assertThat(stdout.get(bootstrap + 2)).isEqualTo("dashboard=" + dashboard);
        assertThat(dashboard).matches("http://127\\.0\\.0\\.1:\\d+/");
        assertThat(DIR.resolve("out").resolve("logs").resolve("embedded-kafka.log")).exists();
    }

    @Test
    void shouldShowTheLiveFeedAnEventsHorizonsAndTheCohortsAsTheApiAnswers() throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (String symbol : SYMBOLS) {
            api("/events?symbol=" + symbol + "&from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z").forEach(events::add);
        }
        JsonNode mondayOpen = events.stream().filter(e -> e.get("symbol").asText().equals("NVDA"))
                .filter(e -> e.get("windowStart").asText().equals("2025-01-27T14:30:00Z"))
                .filter(e -> e.get("precision").asText().equals("INTRADAY")).findFirst().orElseThrow();
        JsonNode all = api("/stats?dimension=ALL").get(0);
        JsonNode nvda = api("/prices?symbol=NVDA&from=2025-01-24T00:00:00Z&to=2025-01-30T00:00:00Z&interval=PT5M").get("bars");
        assertThat(nvda.get(0).get("start").asText()).as("the first 5-minute bar of the bundled week").isEqualTo("2025-01-24T14:30:00Z");
        assertThat(nvda.size()).as("NVDA's in-session 5-minute bars: 78 in each of 4 sessions").isEqualTo(4 * 78);

        WebDriver browser = chromium();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get(dashboard);
            wait.until(b -> "true".equals(b.findElement(By.tagName("body")).getAttribute("data-ready")));
            new Select(browser.findElement(By.id("feed-type"))).selectByValue("event");
            wait.until(b -> String.valueOf(events.size()).equals(b.findElement(By.id("feed-count")).getAttribute("data-events")));
            assertThat(browser.findElements(By.cssSelector("#feed li[data-type=event]"))).hasSize(events.size());

            String key = JSON.writeValueAsString(Map.of("symbol", "NVDA", "windowStart", "2025-01-27T14:30:00Z", "precision", "INTRADAY"));
            eventRow(browser, JSON.readTree(key)).click();
            wait.until(b -> b.findElements(By.cssSelector("#event-horizons tbody tr")).size() == mondayOpen.get("horizons").size());
            List<String> shown = browser.findElements(By.cssSelector("#event-horizons tbody tr")).stream()
                    .map(r -> r.getAttribute("data-horizon")).toList();
            List<String> expected = new ArrayList<>();
            mondayOpen.get("horizons").forEach(h -> expected.add(h.get("horizon").asText()));
            assertThat(shown).isEqualTo(expected);
            assertThat(browser.findElements(By.cssSelector("#event-detail ul.members li")))
                    .hasSize(mondayOpen.get("headlineCount").asInt());

            String firstHorizon = all.get("horizons").get(0).get("horizon").asText();
            By allN = By.cssSelector("#cohorts tr[data-cohort='ALL/*'][data-horizon='" + firstHorizon + "'] td[data-field=all-n]");
            wait.until(b -> !b.findElements(allN).isEmpty());
            assertThat(browser.findElement(allN).getText()).isEqualTo(all.get("horizons").get(0).get("all").get("n").asText());
            wait.until(b -> !b.findElements(By.cssSelector("#chart canvas")).isEmpty());
            assertThat(browser.findElement(By.id("chart-symbol")).getAttribute("value")).isEqualTo("NVDA");

            int reactionsShown = Integer.parseInt(browser.findElement(By.id("totals")).getAttribute("data-reactions"));
            int chartLoads = Integer.parseInt(browser.findElement(By.id("chart")).getAttribute("data-loads"));
            publishLateHeadline();
            // the DeepSeek entity routes to NVDA, MSFT, META and AMD; its horizons up to PT2H are due at once
            wait.until(b -> Integer.parseInt(b.findElement(By.id("totals")).getAttribute("data-reactions"))
                    >= reactionsShown + 4);
            wait.until(b -> Integer.parseInt(b.findElement(By.id("chart")).getAttribute("data-loads")) > chartLoads);

            Files.write(SCREENSHOT, ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
            List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(l -> l.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()).toList();
            assertThat(severe).as("errors in the browser console").isEmpty();
        } finally {
            browser.quit();
        }
    }

    /** Publishes, through {@code ingest}, a DeepSeek headline at Wednesday 15:00 UTC of the bundled week, inside its ticks. */
    private static void publishLateHeadline() throws IOException {
        Path file = DIR.resolve("late-headline.jsonl");
        Files.writeString(file, "{\"publishedAt\": \"2025-01-29T15:00:00Z\", \"source\": \"dashboard-it\", "
                + "\"kind\": \"MEDIA\", \"title\": \"DeepSeek R1: a late headline for the live dashboard\", "
                + "\"tickers\": [], \"entities\": [\"DeepSeek\"]}\n");
        List<String> stdout = demo.stdoutLines();
        String bootstrap = value(stdout, "bootstrap.servers=");
        String registry = value(stdout, "schema.registry.url=");
        StringWriter out = new StringWriter();
        CommandLine cli = ErrorHandler.install(new CommandLine(new NewsReactionCommand()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        int code = cli.execute("ingest", "headlines", file.toString(), "--bootstrap-server", bootstrap,
                "--schema-registry-url", registry);
        assertThat(code).as(out.toString()).isZero();
    }

    private static String value(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length());
    }

    /** The feed row of an event, found by its key (its data-key attribute holds the key as JSON). */
    private static WebElement eventRow(WebDriver browser, JsonNode key) throws IOException {
        for (WebElement row : browser.findElements(By.cssSelector("#feed li[data-type=event][data-symbol=NVDA]"))) {
            if (JSON.readTree(row.getAttribute("data-key")).equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no feed row for event " + key);
    }

    private static WebDriver chromium() {
        for (String file : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!new File(file).canExecute()) {
                throw new IllegalStateException(file + " is missing: apt-get install -y chromium chromium-driver "
                        + "(.ci/run installs them)");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1440,2200", "--hide-scrollbars");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static JsonNode api(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(dashboard).resolve(pathAndQuery))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
