package io.newsreaction.query.http;

import static io.newsreaction.fixtures.Reactions.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.config.HttpSettings;
import io.newsreaction.fixtures.ReactionRecords;
import io.newsreaction.query.QueryUnavailableException;
import io.newsreaction.runtime.ExternalCounters;
import io.newsreaction.runtime.ReactionMeters;
import io.newsreaction.topology.ReactionMetrics;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WINDOW = "&from=2025-01-27T00:00:00Z&to=2025-01-28T00:00:00Z";

    private final MarketReaction nvdaH1 = ReactionRecords.of("h1", "NVDA").at(T0).revision(2).build();
    private final MarketReaction amdH1 = ReactionRecords.of("h1", "AMD").at(T0).build();
    private final MarketReaction nvdaH0 = ReactionRecords.of("h0", "NVDA").at(T0.minusSeconds(3600)).build();
    private final FakeQueries queries = new FakeQueries(nvdaH1, amdH1, nvdaH0);
    private final AtomicReference<KafkaStreams.State> state = new AtomicReference<>(KafkaStreams.State.RUNNING);
    private final ReactionMeters meters = new ReactionMeters(null, new ReactionMetrics(), ExternalCounters.none());
    private HttpApi api;

    private ApiClient start(String token) throws IOException {
        api = HttpApi.start(new HttpSettings(HttpApi.EPHEMERAL_PORT, "127.0.0.1", token), queries, state::get, meters::scrape);
        return new ApiClient(api.port());
    }

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
        meters.close();
    }

    @Test
    void shouldListReactionsOfASymbolInAWindowOldestFirst() throws IOException {
        HttpResponse<String> response = start("").get("/reactions?symbol=NVDA" + WINDOW);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body).hasSize(2);
        assertThat(body.get(0).get("headlineId").asText()).isEqualTo("h0");
        assertThat(body.get(1).get("headlineId").asText()).isEqualTo("h1");
        assertThat(queries.calls).containsExactly("bySymbol NVDA 2025-01-27T00:00:00Z 2025-01-28T00:00:00Z");
    }

    @Test
    void shouldRenderReactionsWithAvroNamesIsoTimesAndPlainUnions() throws IOException {
        JsonNode reaction = JSON.readTree(start("").get("/reactions/h1").body()).get(1);

        assertThat(reaction.get("symbol").asText()).isEqualTo("NVDA");
        assertThat(reaction.get("publishedAt").asText()).isEqualTo("2025-01-27T14:30:00Z");
        assertThat(reaction.get("status").asText()).isEqualTo("PROVISIONAL");
        assertThat(reaction.get("referencePrice").asDouble()).isEqualTo(142.62);
        assertThat(reaction.get("actor").isNull()).isTrue();
        assertThat(reaction.get("marketModel").get("method").asText()).isEqualTo("MARKET_MODEL");
        assertThat(reaction.get("horizons")).hasSize(3);
        assertThat(reaction.get("horizons").get(2).get("horizon").asText()).isEqualTo("PT3M");
    }

    @Test
    void shouldListEverySymbolOfAHeadline() throws IOException {
        HttpResponse<String> response = start("").get("/reactions/h1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ReactionJson.read(response.body().getBytes())).containsExactly(amdH1, nvdaH1);
    }

    @Test
    void shouldDecodeAPercentEncodedHeadlineId() throws IOException {
        start("").get("/reactions/bz%2F42+a%20b");

        assertThat(queries.calls).containsExactly("byHeadline bz/42+a b");
    }

    @Test
    void shouldAnswerEmptyArrayForAnUnknownHeadline() throws IOException {
        HttpResponse<String> response = start("").get("/reactions/nope");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("[]");
    }

    @Test
    void shouldAnswerFromLocalPartitionsWhenAskedByAPeer() throws IOException {
        start("").get("/reactions/h1?local=true");

        assertThat(queries.calls).containsExactly("local", "byHeadline h1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/reactions?from=2025-01-27T00:00:00Z&to=2025-01-28T00:00:00Z | symbol",
        "/reactions?symbol=&from=2025-01-27T00:00:00Z&to=2025-01-28T00:00:00Z | symbol",
        "/reactions?symbol=NVDA&to=2025-01-28T00:00:00Z | from",
        "/reactions?symbol=NVDA&from=yesterday&to=2025-01-28T00:00:00Z | from",
        "/reactions?symbol=NVDA&from=2025-01-27&to=2025-01-28T00:00:00Z | from",
        "/reactions?symbol=NVDA&from=2025-01-27T00:00:00Z | to",
        "/reactions?symbol=NVDA&from=2025-01-27T00:00:00Z&to=2025-13-28T00:00:00Z | to",
        "/reactions?symbol=NVDA&from=2025-01-28T00:00:00Z&to=2025-01-28T00:00:00Z | from",
        "/reactions?symbol=NVDA&from=2025-01-29T00:00:00Z&to=2025-01-28T00:00:00Z | from",
        "/reactions?symbol=NVDA&symbol=AMD&from=2025-01-27T00:00:00Z&to=2025-01-28T00:00:00Z | symbol",
        "/reactions?symbol=NVDA&from=2025-01-27T00:00:00Z&to=2025-01-28T00:00:00Z&local=maybe | local",
        "/reactions/h1?local=1 | local",
    })
    void shouldRejectABadParameterNamingIt(String pathAndQuery, String parameter) throws IOException {
        HttpResponse<String> response = start("").get(pathAndQuery);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("parameter").asText()).isEqualTo(parameter);
        assertThat(body.get("error").asText()).contains(parameter);
        assertThat(queries.calls).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"/", "/nope", "/reactions/", "/reactions/h1/extra", "/health/", "/metricsx"})
    void shouldAnswer404ForUnknownPaths(String path) throws IOException {
        HttpResponse<String> response = start("").get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("error").asText()).startsWith("no such resource");
    }

    @ParameterizedTest
    @CsvSource({"POST, /reactions/h1", "PUT, /health", "DELETE, /reactions/h1", "HEAD, /metrics"})
    void shouldAnswer405ForOtherMethods(String method, String path) throws IOException {
        HttpResponse<String> response = start("").send(method, path, null);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
        assertThat(queries.calls).isEmpty();
    }

    @Test
    void shouldReportHealthyWhileRunningOrRebalancing() throws IOException {
        ApiClient client = start("");

        HttpResponse<String> running = client.get("/health");
        state.set(KafkaStreams.State.REBALANCING);
        HttpResponse<String> rebalancing = client.get("/health");

        assertThat(running.statusCode()).isEqualTo(200);
        assertThat(running.body()).isEqualTo("{\"state\":\"RUNNING\"}");
        assertThat(rebalancing.statusCode()).isEqualTo(200);
        assertThat(rebalancing.body()).isEqualTo("{\"state\":\"REBALANCING\"}");
    }

    @ParameterizedTest
    @CsvSource({"CREATED", "PENDING_SHUTDOWN", "NOT_RUNNING", "PENDING_ERROR", "ERROR"})
    void shouldReportUnhealthyOtherwise(KafkaStreams.State notRunning) throws IOException {
        state.set(notRunning);

        HttpResponse<String> response = start("").get("/health");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("{\"state\":\"" + notRunning + "\"}");
    }

    @Test
    void shouldServePrometheusTextWithTheAppCounters() throws IOException {
        HttpResponse<String> response = start("").get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain; version=0.0.4");
        assertThat(response.body())
                .contains("# TYPE news_reaction_reactions_emitted_total counter")
                .contains("news_reaction_reactions_emitted_total{status=\"FINAL\"}")
                .contains("news_reaction_late_ticks_dropped_total")
                .contains("news_reaction_headlines_routed_total")
                .contains("news_reaction_dlq_records_total")
                .contains("news_reaction_registry_errors_total");
    }

    @Test
    void shouldAnswer503WhenTheStoreCannotAnswer() throws IOException {
        queries.failure = new QueryUnavailableException("reactions-store not queryable: p3 NOT_ACTIVE");

        HttpResponse<String> response = start("").get("/reactions/h1");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo("reactions-store not queryable: p3 NOT_ACTIVE");
    }

    @Test
    void shouldAnswer500WithoutDetailsOnUnexpectedErrors() throws IOException {
        queries.failure = new IllegalStateException("secret internals");

        HttpResponse<String> response = start("").get("/reactions/h1");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("{\"error\":\"internal error\"}").doesNotContain("secret");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {"none", "Bearer wrong", "Bearer s3cret-but-longer", "Basic czNjcmV0", "Bearer", "s3cret"})
    void shouldRequireTheTokenWhenOneIsSet(String authorization) throws IOException {
        ApiClient client = start("s3cret");

        for (String path : new String[] {"/reactions/h1", "/health", "/metrics", "/nope"}) {
            HttpResponse<String> response = client.get(path, authorization);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(response.body()).doesNotContain("s3cret");
        }
        assertThat(queries.calls).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Bearer s3cret", "bearer s3cret"})
    void shouldAcceptTheRightToken(String authorization) throws IOException {
        ApiClient client = start("s3cret");

        assertThat(client.get("/reactions/h1", authorization).statusCode()).isEqualTo(200);
        assertThat(client.get("/health", authorization).statusCode()).isEqualTo(200);
        assertThat(client.get("/nope", authorization).statusCode()).isEqualTo(404);
    }

    @Test
    void shouldBindLoopbackByDefault() throws IOException {
        HttpSettings defaults = new HttpSettings(HttpApi.EPHEMERAL_PORT, "127.0.0.1", "");
        api = HttpApi.start(defaults, queries, state::get, meters::scrape);

        assertThat(api.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(api.address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(api.port()).isPositive();
    }

    @Test
    void shouldRefuseToStartWhenSwitchedOff() {
        assertThatThrownBy(() -> HttpApi.start(new HttpSettings(0, "127.0.0.1", ""), queries, state::get, meters::scrape))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http.port is 0");
    }
}
