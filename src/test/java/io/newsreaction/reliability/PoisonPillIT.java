package io.newsreaction.reliability;

import static io.newsreaction.reliability.DeadLetterQueueIT.deadLetterOf;
import static io.newsreaction.reliability.DeadLetterQueueIT.dlq;
import static io.newsreaction.reliability.DeadLetterQueueIT.finalReactions;
import static io.newsreaction.reliability.DeadLetterQueueIT.header;
import static io.newsreaction.reliability.DeadLetterQueueIT.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.Tick;
import io.newsreaction.config.AppSettings;
import io.newsreaction.embedded.EmbeddedStack;
import io.newsreaction.fixtures.Await;
import io.newsreaction.fixtures.Headlines;
import io.newsreaction.fixtures.RawRecords;
import io.newsreaction.fixtures.SharedStack;
import io.newsreaction.fixtures.TestApp;
import io.newsreaction.fixtures.TickRecords;
import io.newsreaction.registry.SchemaRegistryClient;
import io.newsreaction.runtime.DeadLetterHeaders;
import io.newsreaction.runtime.ReactionService;
import io.newsreaction.topology.ReactionSerdes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

/**
 * Headlines no client should send, written with a plain producer as any client could: a title of
 * 1,048,350 characters (the largest record the broker takes by default) and a headline listing
 * 5,000 tickers. Each lands in the dead-letter queue once, cut to a size the topic takes; the
 * service stays RUNNING, the ordinary headline beside them gets its reactions, and a restart
 * neither dies on them nor dead-letters them again.
 */
class PoisonPillIT {
    private static final Instant T0 = Instant.parse("2025-01-27T15:00:00Z");
    private static final int HUGE_TITLE = 1_048_350;

    @Test
    void shouldDeadLetterOversizedHeadlinesOnceAndKeepRunningAcrossARestart() throws Exception {
        EmbeddedStack stack = SharedStack.get();
        AppSettings settings = TestApp.settings("poison", stack.bootstrapServers(), stack.schemaRegistryUrl(), Map.of());
        SchemaRegistryClient client = ReactionService.registryClient(settings);
        ReactionSerdes serdes = ReactionService.serdes(client, settings.registry());
        String headlines = settings.topics().headlines();
        Headline huge = Headlines.id("h-huge").at(T0).title("x".repeat(HUGE_TITLE)).tickers("NVDA").build();
        Headline wide = Headlines.id("h-wide").at(T0)
                .tickers(IntStream.range(0, 5_000).mapToObj(i -> "T" + i).toArray(String[]::new)).build();

        List<RecordMetadata> sent;
        try (TestApp app = TestApp.start(settings, client)) {
            List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
            records.add(record(headlines, "h-huge", serdes.headline().serializer().serialize(headlines, huge), T0, new RecordHeaders()));
            records.add(record(headlines, "h-wide", serdes.headline().serializer().serialize(headlines, wide), T0, new RecordHeaders()));
            records.addAll(goodData(serdes, settings));
            Map<String, Object> producer = new HashMap<>(app.kafka());
            producer.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 * 1024 * 1024);
            sent = RawRecords.send(producer, records);

            Await.until("2 dead letters and a FINAL reaction", Duration.ofSeconds(120),
                    () -> dlq(app).size() == 2 && finalReactions(app, serdes) == 1);
            app.awaitDrained(Duration.ofSeconds(60));
            assertThat(app.state()).isEqualTo(KafkaStreams.State.RUNNING);
            List<ConsumerRecord<byte[], byte[]>> dead = dlq(app);
            assertThat(dead).hasSize(2);
            ConsumerRecord<byte[], byte[]> hugeDead = deadLetterOf(dead, sent.get(0));
            assertThat(hugeDead.value()).hasSize(DeadLetterHeaders.MAX_VALUE_BYTES);
            assertThat(header(hugeDead, DeadLetterHeaders.TRUNCATED)).startsWith("value ").endsWith("bytes, first 262144 kept");
            assertThat(header(hugeDead, DeadLetterHeaders.REASON)).isEqualTo("headline title is 1048350 characters, more than 1000");
            assertThat(header(deadLetterOf(dead, sent.get(1)), DeadLetterHeaders.REASON))
                    .isEqualTo("headline lists 5000 tickers, more than routing.max-tickers=100");
        }

        try (TestApp restarted = TestApp.start(settings, client)) {
            restarted.awaitDrained(Duration.ofSeconds(60));
            assertThat(restarted.state()).isEqualTo(KafkaStreams.State.RUNNING);
            assertThat(dlq(restarted)).as("nothing dead-lettered twice").hasSize(2);
            assertThat(finalReactions(restarted, serdes)).isEqualTo(1);
        }
    }

    private static List<ProducerRecord<byte[], byte[]>> goodData(ReactionSerdes serdes, AppSettings settings) {
        String ticks = settings.topics().ticks();
        String headlines = settings.topics().headlines();
        List<ProducerRecord<byte[], byte[]>> out = new ArrayList<>();
        Headline ordinary = Headlines.id("h1").at(T0).tickers("NVDA").build();
        out.add(record(headlines, "h1", serdes.headline().serializer().serialize(headlines, ordinary), T0, new RecordHeaders()));
        for (String offset : List.of("-PT1M", "PT30S", "PT3M", "PT7M")) {
            Instant at = T0.plus(Duration.parse(offset));
            for (String symbol : List.of("NVDA", "QQQ")) {
                Tick tick = TickRecords.of(symbol).at(at).price(symbol.equals("NVDA") ? 120 : 500).size(10).build();
                out.add(record(ticks, symbol, serdes.tick().serializer().serialize(ticks, tick), at, new RecordHeaders()));
            }
        }
        return out;
    }
}
