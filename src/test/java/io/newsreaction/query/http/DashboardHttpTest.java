package io.newsreaction.query.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsreaction.avro.CohortDimension;
import io.newsreaction.avro.CohortStats;
import io.newsreaction.avro.ReactionEvent;
import io.newsreaction.config.HttpSettings;
import io.newsreaction.query.EventQueries;
import io.newsreaction.query.PriceBar;
import io.newsreaction.query.PriceQueries;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dashboard's routes: the page and assets from the jar, {@code /prices}, the SSE feed, the token cookie. */
class DashboardHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2025-01-27T14:30:00Z");

    private final List<String> calls = new ArrayList<>();
    private final PriceQueries prices = new PriceQueries() {
        @Override
        public List<PriceBar> bars(String symbol, Instant from, Instant to, Duration interval) {
            calls.add(symbol + " " + from + " " + to + " " + interval);
            return List.of(new PriceBar(T0, 142.6, 143.0, 140.1, 141.2, 1200, 4));
        }

        @Override
        public PriceQueries localOnly() {
            calls.add("local");
            return this;
        }
    };
    private final LinkedBlockingQueue<FeedSource.Item> live = new LinkedBlockingQueue<>();
    private final FeedSource feed = () -> new FeedSource.Subscription() {
        @Override
        public List<FeedSource.Item> snapshot() {
            return List.of(new FeedSource.Item(1, "event", "{\"symbol\":\"NVDA\"}", "{\"symbol\":\"NVDA\",\"headlineCount\":21}"));
        }

        @Override
        public FeedSource.Item next(Duration timeout) throws InterruptedException {
            return live.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public boolean overflowed() {
            return false;
        }

        @Override
        public void close() {
        }
    };
    private final EventQueries events = new EventQueries() {
        @Override
        public List<ReactionEvent> events(String symbol, Instant from, Instant to) {
            return List.of();
        }

        @Override
        public List<CohortStats> stats(CohortDimension dimension) {
            return List.of();
        }
    };
    private HttpApi api;

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    private ApiClient start(String token) throws Exception {
        api = HttpApi.start(new HttpSettings(HttpApi.EPHEMERAL_PORT, "127.0.0.1", token), new FakeQueries(), events,
                new HttpApi.Dashboard(prices, feed), () -> KafkaStreams.State.RUNNING, () -> "");
        return new ApiClient(api.port());
    }

    @Test
    void shouldServeThePageAndItsScriptsFromTheJar() throws Exception {
        ApiClient client = start("");

        HttpResponse<String> page = client.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("/assets/uPlot.iife.min.js", "/assets/dashboard.js").doesNotContain("https://");
        assertThat(client.get("/assets/uPlot.iife.min.js").body()).contains("uPlot");
        assertThat(client.get("/assets/dashboard.js").statusCode()).isEqualTo(200);
        assertThat(client.get("/assets/../pom.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldAnswerPricesAsBarsAndAskOnlyLocalPartitionsWhenToldTo() throws Exception {
        ApiClient client = start("");

        HttpResponse<String> response = client.get("/prices?symbol=NVDA&from=2025-01-27T00:00:00Z&to=2025-01-28T00:00:00Z");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("interval").asText()).isEqualTo("PT5M");
        assertThat(body.get("bars").get(0).get("start").asText()).isEqualTo("2025-01-27T14:30:00Z");
        assertThat(body.get("bars").get(0).get("close").asDouble()).isEqualTo(141.2);
        assertThat(DashboardRoutes.read(response.body().getBytes(StandardCharsets.UTF_8)))
                .containsExactly(new PriceBar(T0, 142.6, 143.0, 140.1, 141.2, 1200, 4));
        assertThat(calls).containsExactly("NVDA 2025-01-27T00:00:00Z 2025-01-28T00:00:00Z PT5M");

        client.get("/prices?symbol=NVDA&from=2025-01-27T00:00:00Z&to=2025-01-28T00:00:00Z&interval=PT1H&local=true");
        assertThat(calls).endsWith("local", "NVDA 2025-01-27T00:00:00Z 2025-01-28T00:00:00Z PT1H");
    }

    @Test
    void shouldRefuseBadPriceParameters() throws Exception {
        ApiClient client = start("");

        HttpResponse<String> badInterval = client.get("/prices?symbol=NVDA&from=2025-01-27T00:00:00Z&to=2025-01-28T00:00:00Z&interval=5m");
        assertThat(badInterval.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badInterval.body()).get("parameter").asText()).isEqualTo("interval");
        HttpResponse<String> tooMany = client.get("/prices?symbol=NVDA&from=2020-01-01T00:00:00Z&to=2025-01-01T00:00:00Z&interval=PT1M");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(client.get("/prices?from=2025-01-27T00:00:00Z&to=2025-01-28T00:00:00Z").statusCode()).isEqualTo(400);
        assertThat(calls).isEmpty();
    }

    @Test
    void shouldStreamTheSnapshotThenLiveRecordsAsServerSentEvents() throws Exception {
        start("");
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/feed")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(readFrame(lines)).contains("event: reset");
            assertThat(readFrame(lines)).containsExactly("id: 1", "event: event",
                    "data: {\"key\":{\"symbol\":\"NVDA\"},\"value\":{\"symbol\":\"NVDA\",\"headlineCount\":21}}");
            assertThat(readFrame(lines)).containsExactly("event: ready", "data: {}");
            live.add(new FeedSource.Item(2, "reaction", "{\"headlineId\":\"h\",\"symbol\":\"NVDA\"}", null));
            assertThat(readFrame(lines)).containsExactly("id: 2", "event: reaction",
                    "data: {\"key\":{\"headlineId\":\"h\",\"symbol\":\"NVDA\"},\"value\":null}");
        }
    }

    @Test
    void shouldLetABrowserSignInOnceWithTheTokenAndThenUseTheCookie() throws Exception {
        ApiClient client = start("s3cret");

        assertThat(client.get("/").statusCode()).isEqualTo(401);
        assertThat(client.get("/?token=wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> signIn = client.get("/?token=s3cret");
        assertThat(signIn.statusCode()).isEqualTo(303);
        assertThat(signIn.headers().firstValue("Location")).hasValue("/");
        String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Strict");

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + api.port() + "/prices?symbol=NVDA&from=2025-01-27T00:00:00Z&to=2025-01-28T00:00:00Z"))
                .header("Cookie", cookie.split(";")[0]).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(client.get("/prices?symbol=NVDA&from=2025-01-27T00:00:00Z&to=2025-01-28T00:00:00Z", "Bearer s3cret").statusCode())
                .isEqualTo(200);
        assertThat(client.get("/feed").statusCode()).isEqualTo(401);
    }

    /** Lines up to the blank line that ends a frame. */
    private static List<String> readFrame(BufferedReader lines) throws Exception {
        List<String> frame = new ArrayList<>();
        for (String line = lines.readLine(); line != null && !line.isEmpty(); line = lines.readLine()) {
            if (!line.startsWith("retry:")) {
                frame.add(line);
            }
        }
        return frame;
    }
}
