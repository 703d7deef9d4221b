package io.newsreaction.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.avro.Tick;
import io.newsreaction.client.ReactionsReader;
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
import io.newsreaction.topology.InvalidRecordException;
import io.newsreaction.topology.ReactionSerdes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

/**
 * What Kafka Streams 4.4's native dead-letter queue (KIP-1034) writes, through this service's
 * handlers, on the real broker: original key, value, timestamp and headers, plus
 * {@code __streams.errors.exception|message|topic|partition|offset} and {@code reason}; good records
 * around the bad ones still produce reactions.
 */
class DeadLetterQueueIT {
    private static final Instant T0 = Instant.parse("2025-01-27T15:00:00Z");

    @Test
    void shouldDeadLetterBadInputWithOriginalBytesAndHeadersAndKeepRunning() throws Exception {
        EmbeddedStack stack = SharedStack.get();
        AppSettings settings = TestApp.settings("dlq", stack.bootstrapServers(), stack.schemaRegistryUrl(), Map.of());
        SchemaRegistryClient client = ReactionService.registryClient(settings);
        ReactionSerdes serdes = ReactionService.serdes(client, settings.registry());
        String ticks = settings.topics().ticks();
        String headlines = settings.topics().headlines();
        byte[] json = "{\"symbol\":\"NVDA\",\"price\":1}".getBytes(StandardCharsets.UTF_8);
        byte[] negative = serdes.tick().serializer().serialize(ticks, TickRecords.of("NVDA").at(T0).price(-1).build());
        byte[] untitled = serdes.headline().serializer().serialize(headlines, Headlines.id("h0").at(T0).title("").tickers("NVDA").build());

        try (TestApp app = TestApp.start(settings, client)) {
            List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
            records.add(record(ticks, "NVDA", json, T0, new RecordHeaders().add("trace-id", bytes("t-1"))));
            records.add(record(ticks, "NVDA", negative, T0, new RecordHeaders()));
            records.add(record(headlines, "h0", untitled, T0, new RecordHeaders()));
            records.addAll(goodData(serdes, ticks, headlines));
            List<RecordMetadata> sent = RawRecords.send(app.kafka(), records);

            Await.until("3 dead letters and a FINAL reaction", Duration.ofSeconds(90),
                    () -> dlq(app).size() == 3 && finalReactions(app, serdes) == 1);

            List<ConsumerRecord<byte[], byte[]>> dead = dlq(app);
            assertDeadLetter(deadLetterOf(dead, sent.get(0)), sent.get(0), json, SerializationException.class.getName(),
                    "unknown magic byte 0x7b, expected 0x00", "cannot deserialize: unknown magic byte 0x7b, expected 0x00");
            assertThat(header(deadLetterOf(dead, sent.get(0)), "trace-id")).isEqualTo("t-1");
            assertDeadLetter(deadLetterOf(dead, sent.get(1)), sent.get(1), negative, InvalidRecordException.class.getName(),
                    "tick price must be a positive finite number: -1.0", "tick price must be a positive finite number: -1.0");
            assertDeadLetter(deadLetterOf(dead, sent.get(2)), sent.get(2), untitled, InvalidRecordException.class.getName(),
                    "headline title is empty", "headline title is empty");
            assertThat(app.state()).isEqualTo(KafkaStreams.State.RUNNING);
        }
    }

    private static List<ProducerRecord<byte[], byte[]>> goodData(ReactionSerdes serdes, String ticks, String headlines) {
        List<ProducerRecord<byte[], byte[]>> out = new ArrayList<>();
        for (String offset : List.of("-PT1M", "PT30S", "PT3M", "PT7M")) {
            Instant at = T0.plus(Duration.parse(offset));
            for (String symbol : List.of("NVDA", "QQQ")) {
                Tick tick = TickRecords.of(symbol).at(at).price(symbol.equals("NVDA") ? 120 : 500).size(10).build();
                out.add(record(ticks, symbol, serdes.tick().serializer().serialize(ticks, tick), at, new RecordHeaders()));
            }
            if (offset.equals("-PT1M")) {
                Headline headline = Headlines.id("h1").at(T0).tickers("NVDA").build();
                out.add(record(headlines, "h1", serdes.headline().serializer().serialize(headlines, headline), T0, new RecordHeaders()));
            }
        }
        return out;
    }

    private static void assertDeadLetter(ConsumerRecord<byte[], byte[]> dead, RecordMetadata source, byte[] value,
            String exception, String message, String reason) {
        assertThat(dead.value()).isEqualTo(value);
        assertThat(dead.key()).isEqualTo(bytes(source.topic().endsWith(".ticks") ? "NVDA" : "h0"));
        assertThat(dead.timestamp()).isEqualTo(T0.toEpochMilli());
        assertThat(header(dead, DeadLetterHeaders.EXCEPTION)).isEqualTo(exception);
        assertThat(header(dead, DeadLetterHeaders.MESSAGE)).isEqualTo(message);
        assertThat(header(dead, DeadLetterHeaders.TOPIC)).isEqualTo(source.topic());
        assertThat(header(dead, DeadLetterHeaders.PARTITION)).isEqualTo(Integer.toString(source.partition()));
        assertThat(header(dead, DeadLetterHeaders.OFFSET)).isEqualTo(Long.toString(source.offset()));
        assertThat(header(dead, DeadLetterHeaders.REASON)).isEqualTo(reason);
        assertThat(dead.headers().lastHeader(DeadLetterHeaders.STACKTRACE)).isNull();
    }

    /** The dead letter of a source record (the ticks and headlines tasks write to the DLQ in any order). */
    static ConsumerRecord<byte[], byte[]> deadLetterOf(List<ConsumerRecord<byte[], byte[]>> dead, RecordMetadata source) {
        return dead.stream()
                .filter(r -> source.topic().equals(header(r, DeadLetterHeaders.TOPIC)))
                .filter(r -> Long.toString(source.offset()).equals(header(r, DeadLetterHeaders.OFFSET)))
                .findFirst().orElseThrow(() -> new AssertionError("no dead letter for " + source));
    }

    static List<ConsumerRecord<byte[], byte[]>> dlq(TestApp app) {
        return RawRecords.readAll(app.kafka(), app.settings().topics().dlq(), IsolationLevel.READ_COMMITTED);
    }

    static long finalReactions(TestApp app, ReactionSerdes serdes) {
        List<MarketReaction> latest = ReactionsReader.latestPerKey(app.kafka(), app.settings().topics().reactions(),
                serdes.reactionKey().deserializer(), serdes.reaction().deserializer(), Map.of());
        return latest.stream().filter(r -> r.getStatus() == ReactionStatus.FINAL).count();
    }

    static ProducerRecord<byte[], byte[]> record(String topic, String key, byte[] value, Instant at, Headers headers) {
        return new ProducerRecord<>(topic, null, at.toEpochMilli(), bytes(key), value, headers);
    }

    static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
