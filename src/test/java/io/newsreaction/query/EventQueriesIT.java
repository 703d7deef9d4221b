package io.newsreaction.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsreaction.avro.CohortDimension;
import io.newsreaction.avro.CohortStats;
import io.newsreaction.avro.HeadlineKind;
import io.newsreaction.avro.ReactionEvent;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.client.ReactionsReader;
import io.newsreaction.config.AppSettings;
import io.newsreaction.config.HttpSettings;
import io.newsreaction.embedded.EmbeddedStack;
import io.newsreaction.fixtures.Await;
import io.newsreaction.fixtures.Headlines;
import io.newsreaction.fixtures.SharedStack;
import io.newsreaction.fixtures.TestApp;
import io.newsreaction.fixtures.TickRecords;
import io.newsreaction.query.http.HttpApi;
import io.newsreaction.query.http.HttpPeers;
import io.newsreaction.registry.SchemaRegistryClient;
import io.newsreaction.runtime.ReactionService;
import io.newsreaction.topology.ReactionSerdes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

/**
 * The event and cohort queries on a running service: what {@code events-store} and
 * {@code cohort-stats-store} answer, directly, over {@code GET /events} and {@code GET /stats}, and
 * through a peer's local-only answer decoded from JSON, equals the latest record per key on the
 * events and stats topics.
 */
class EventQueriesIT {
    private static final Instant T0 = Instant.parse("2025-01-27T15:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldAnswerEventsAndCohortsAsTheTopicsLastPublishedThem() throws Exception {
        EmbeddedStack stack = SharedStack.get();
        AppSettings settings = TestApp.settings("event-queries", stack.bootstrapServers(), stack.schemaRegistryUrl(), Map.of());
        SchemaRegistryClient client = ReactionService.registryClient(settings);
        ReactionSerdes serdes = ReactionService.serdes(client, settings.registry());

        try (TestApp app = TestApp.start(settings, client)) {
            publish(app, serdes);
            Await.until("events of h1, h2 and h3 final", Duration.ofSeconds(90), () -> topicEvents(app, serdes).stream()
                    .filter(e -> e.getStatus() == ReactionStatus.FINAL).count() == 2);
            app.awaitDrained(Duration.ofSeconds(60));
            List<ReactionEvent> published = topicEvents(app, serdes);
            List<CohortStats> cohorts = topicStats(app, serdes);
            assertThat(cohorts).extracting(CohortStats::getDimension).contains(CohortDimension.ALL, CohortDimension.KIND);

            try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(app.kafka())) {
                org.apache.kafka.common.config.ConfigResource changelog = new org.apache.kafka.common.config.ConfigResource(
                        org.apache.kafka.common.config.ConfigResource.Type.TOPIC, settings.applicationId() + "-events-store-changelog");
                assertThat(admin.describeConfigs(List.of(changelog)).all().get().get(changelog).get("max.message.bytes").value())
                        .as("an event's state may outgrow the broker's default record limit")
                        .isEqualTo(Integer.toString(io.newsreaction.topology.ReactionTopology.MAX_RECORD_BYTES));
            }

            EventQueries queries = InteractiveEventQueries.of(app.app().streams(), app.app().properties(), settings.reaction(),
                    host -> {
                        throw new AssertionError("no peer without application.server");
                    });
            assertThat(queries.events("NVDA", T0.minusSeconds(86_400), T0.plusSeconds(86_400))).isEqualTo(published);
            assertThat(queries.events("NVDA", T0.plusSeconds(60), T0.plusSeconds(86_400))).isEmpty();
            assertThat(queries.stats(null)).isEqualTo(cohorts);
            assertThat(queries.stats(CohortDimension.KIND)).isEqualTo(cohorts.stream()
                    .filter(c -> c.getDimension() == CohortDimension.KIND).toList());

            try (HttpApi api = HttpApi.start(new HttpSettings(HttpApi.EPHEMERAL_PORT, "127.0.0.1", ""),
                    InteractiveQueries.of(app.app().streams(), app.app().properties(), new HttpPeers("")), queries,
                    app.app().streams()::state, () -> "")) {
                JsonNode events = get(api, "/events?symbol=NVDA&from=2025-01-26T00:00:00Z&to=2025-01-28T00:00:00Z");
                assertThat(events).hasSize(published.size());
                assertThat(events.get(0).get("symbol").asText()).isEqualTo("NVDA");
                assertThat(events.get(0).get("windowStart").asText()).isEqualTo(published.get(0).getWindowStart().toString());
                assertThat(get(api, "/stats?dimension=kind")).hasSize((int) cohorts.stream()
                        .filter(c -> c.getDimension() == CohortDimension.KIND).count());

                EventQueries peer = new HttpPeers("").events(new HostInfo("127.0.0.1", api.port()));
                assertThat(peer.events("NVDA", T0.minusSeconds(86_400), T0.plusSeconds(86_400)))
                        .as("a peer's answer decoded from JSON").isEqualTo(published);
                assertThat(peer.stats(null)).isEqualTo(cohorts);
            }
        }
    }

    /** Two NVDA headlines at T0 (one event) and one at T0+30s of another kind (a second event), with ticks. */
    private static void publish(TestApp app, ReactionSerdes serdes) {
        AppSettings s = app.settings();
        List<ProducerRecord<String, SpecificRecord>> records = new ArrayList<>();
        for (String offset : List.of("-PT2M", "-PT1M", "PT30S", "PT50S", "PT3M", "PT7M")) {
            Instant at = T0.plus(Duration.parse(offset));
            records.add(new ProducerRecord<>(s.topics().ticks(), null, at.toEpochMilli(), "NVDA",
                    TickRecords.of("NVDA").at(at).price(120 + offset.length()).size(10).build()));
            records.add(new ProducerRecord<>(s.topics().ticks(), null, at.toEpochMilli(), "QQQ",
                    TickRecords.of("QQQ").at(at).price(500 - offset.length()).size(10).build()));
        }
        records.add(2, headline(s, Headlines.id("h1").at(T0).kind(HeadlineKind.MODEL_RELEASE).tickers("NVDA").build()));
        records.add(3, headline(s, Headlines.id("h2").at(T0).kind(HeadlineKind.MEDIA).tickers("NVDA").build()));
        records.add(headline(s, Headlines.id("h3").at(T0.plusSeconds(30)).kind(HeadlineKind.ANALYST_NOTE).tickers("NVDA").build()));
        Map<String, Object> config = new java.util.HashMap<>(app.kafka());
        try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(config, new StringSerializer(),
                (topic, value) -> value instanceof io.newsreaction.avro.Tick t ? serdes.tick().serializer().serialize(topic, t)
                        : serdes.headline().serializer().serialize(topic, (io.newsreaction.avro.Headline) value))) {
            records.forEach(producer::send);
            producer.flush();
        }
    }

    private static ProducerRecord<String, SpecificRecord> headline(AppSettings s, io.newsreaction.avro.Headline h) {
        return new ProducerRecord<>(s.topics().headlines(), null, h.getPublishedAt().toEpochMilli(), h.getId(), h);
    }

    private static List<ReactionEvent> topicEvents(TestApp app, ReactionSerdes serdes) {
        List<ReactionEvent> events = new ArrayList<>(ReactionsReader.latestRecords(app.kafka(), app.settings().topics().events(),
                serdes.eventKey().deserializer(), serdes.event().deserializer(), Map.of()).values());
        events.sort(EventQueries.BY_WINDOW);
        return events;
    }

    private static List<CohortStats> topicStats(TestApp app, ReactionSerdes serdes) {
        List<CohortStats> stats = new ArrayList<>(ReactionsReader.latestRecords(app.kafka(), app.settings().topics().stats(),
                serdes.cohortKey().deserializer(), serdes.cohortStats().deserializer(), Map.of()).values());
        stats.sort(EventQueries.BY_COHORT);
        return stats;
    }

    private static JsonNode get(HttpApi api, String pathAndQuery) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + api.port() + pathAndQuery)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
