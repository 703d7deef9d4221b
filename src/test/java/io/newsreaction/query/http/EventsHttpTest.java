package io.newsreaction.query.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsreaction.avro.CohortDimension;
import io.newsreaction.avro.CohortStats;
import io.newsreaction.avro.EventPrecision;
import io.newsreaction.avro.ReactionEvent;
import io.newsreaction.config.HttpSettings;
import io.newsreaction.query.EventQueries;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code GET /events} and {@code GET /stats}: parameters, local-only answers, and an API without event stores. */
class EventsHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WINDOW = "&from=2025-01-27T00:00:00Z&to=2025-01-28T00:00:00Z";

    private final List<String> calls = new ArrayList<>();
    private final ReactionEvent event = ReactionEvent.newBuilder().setSymbol("NVDA")
            .setWindowStart(Instant.parse("2025-01-27T14:30:00Z")).setPrecision(EventPrecision.INTRADAY)
            .setHeadlineIds(List.of("a", "b")).setLeadHeadlineId("a").setLeadTitle("lead").setHeadlineCount(2)
            .setKinds(List.of("MEDIA")).setActors(List.of()).setSources(List.of("Benzinga")).setEntities(List.of())
            .setPreEventNews(0).setHorizons(List.of()).build();
    private final EventQueries events = new EventQueries() {
        @Override
        public List<ReactionEvent> events(String symbol, Instant from, Instant to) {
            calls.add("events " + symbol + " " + from + " " + to);
            return List.of(event);
        }

        @Override
        public List<CohortStats> stats(CohortDimension dimension) {
            calls.add("stats " + dimension);
            return List.of(new CohortStats(CohortDimension.KIND, "MEDIA", 1L, List.of()));
        }

        @Override
        public EventQueries localOnly() {
            calls.add("local");
            return this;
        }
    };
    private HttpApi api;

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    private ApiClient start(EventQueries queries) throws Exception {
        api = HttpApi.start(new HttpSettings(HttpApi.EPHEMERAL_PORT, "127.0.0.1", ""), new FakeQueries(), queries,
                () -> KafkaStreams.State.RUNNING, () -> "");
        return new ApiClient(api.port());
    }

    @Test
    void shouldListTheEventsOfASymbolWithAvroNamesAndIsoTimes() throws Exception {
        HttpResponse<String> response = start(events).get("/events?symbol=NVDA" + WINDOW);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode first = JSON.readTree(response.body()).get(0);
        assertThat(first.get("windowStart").asText()).isEqualTo("2025-01-27T14:30:00Z");
        assertThat(first.get("headlineIds")).hasSize(2);
        assertThat(calls).containsExactly("events NVDA 2025-01-27T00:00:00Z 2025-01-28T00:00:00Z");
        assertThat(ReactionJson.read(response.body().getBytes(), ReactionEvent.class, ReactionEvent.getClassSchema()))
                .containsExactly(event);
    }

    @Test
    void shouldPassTheDimensionAnyCaseAndAskLocalPartitionsWhenAPeerAsks() throws Exception {
        ApiClient client = start(events);

        assertThat(client.get("/stats?dimension=kind&local=true").statusCode()).isEqualTo(200);
        assertThat(client.get("/stats").statusCode()).isEqualTo(200);
        assertThat(calls).containsExactly("local", "stats KIND", "stats null");
    }

    @Test
    void shouldSelectOneCohortByDimensionAndValue() throws Exception {
        ApiClient client = start(events);

        assertThat(JSON.readTree(client.get("/stats?dimension=KIND&value=media").body())).hasSize(1);
        assertThat(JSON.readTree(client.get("/stats?dimension=KIND&value=POLICY").body())).isEmpty();
        assertThat(client.get("/stats?value=MEDIA").statusCode()).isEqualTo(400);
    }

    @Test
    void shouldRefuseAnUnknownDimensionOrAnEmptyWindowNamingTheParameter() throws Exception {
        ApiClient client = start(events);

        HttpResponse<String> dimension = client.get("/stats?dimension=SECTOR");
        HttpResponse<String> window = client.get("/events?symbol=NVDA&from=2025-01-28T00:00:00Z&to=2025-01-27T00:00:00Z");

        assertThat(dimension.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(dimension.body()).get("parameter").asText()).isEqualTo("dimension");
        assertThat(window.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(window.body()).get("parameter").asText()).isEqualTo("from");
        assertThat(calls).isEmpty();
    }

    @Test
    void shouldAnswer404ForEventsAndStatsWhenTheApiServesReactionsOnly() throws Exception {
        ApiClient client = start(null);

        assertThat(client.get("/events?symbol=NVDA" + WINDOW).statusCode()).isEqualTo(404);
        assertThat(client.get("/stats").statusCode()).isEqualTo(404);
    }
}
