package io.newsreaction.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionKey;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.avro.Tick;
import io.newsreaction.client.ReactionsReader;
import io.newsreaction.config.AppSettings;
import io.newsreaction.demo.DemoData;
import io.newsreaction.embedded.EmbeddedStack;
import io.newsreaction.fixtures.CleanRun;
import io.newsreaction.fixtures.LogLevels;
import io.newsreaction.fixtures.RawRecords;
import io.newsreaction.fixtures.SharedStack;
import io.newsreaction.fixtures.TestApp;
import io.newsreaction.registry.SchemaRegistryClient;
import io.newsreaction.reliability.HostilePayloads.Kind;
import io.newsreaction.reliability.HostilePayloads.Payload;
import io.newsreaction.runtime.DeadLetterHeaders;
import io.newsreaction.runtime.ReactionService;
import io.newsreaction.serde.AvroSerializer;
import io.newsreaction.topology.ReactionSerdes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

/**
 * 10,000 hostile values interleaved with two sessions of the bundled DeepSeek-week data on both
 * input topics (2 partitions): each hostile record lands in the dead-letter topic exactly once with
 * its headers, the valid data's reactions equal a clean run's, and the service stays RUNNING.
 */
class FuzzIT {
    private static final long SEED = 20_250_127L;
    private static final int HOSTILE_PER_TOPIC = 5_000;
    private static final Instant TICKS_FROM = Instant.parse("2025-01-24T14:30:00Z");
    private static final Instant TICKS_TO = Instant.parse("2025-01-27T21:00:00Z");
    private static final Instant HEADLINES_FROM = Instant.parse("2025-01-27T00:00:00Z");
    private static final Instant HEADLINES_TO = Instant.parse("2025-01-27T20:00:00Z");

    /** A record to send and, when hostile, what kind it is. */
    private record Planned(ProducerRecord<byte[], byte[]> record, Kind hostile) {
    }

    @Test
    void shouldDeadLetterEveryHostileRecordOnceAndStillMatchACleanRun() throws Exception {
        EmbeddedStack stack = SharedStack.get();
        AppSettings settings = TestApp.settings("fuzz", stack.bootstrapServers(), stack.schemaRegistryUrl(),
                Map.of("topics.partitions", "2"));
        SchemaRegistryClient client = ReactionService.registryClient(settings);
        ReactionSerdes serdes = ReactionService.serdes(client, settings.registry());
        List<SpecificRecord> valid = validFeed();
        List<Planned> plan = interleave(toRecords(settings, serdes, valid), hostile(settings, serdes, client));

        try (TestApp app = TestApp.start(settings, client);
                LogLevels quiet = LogLevels.quiet("io.newsreaction.runtime.DeadLetterDeserializationHandler",
                        "io.newsreaction.runtime.DeadLetterProcessingHandler",
                        "org.apache.kafka.streams.processor.internals.RecordDeserializer")) {
            long started = System.nanoTime();
            List<RecordMetadata> sent = RawRecords.send(app.kafka(), plan.stream().map(Planned::record).toList());
            app.awaitDrained(Duration.ofMinutes(4));
            double seconds = (System.nanoTime() - started) / 1e9;
            List<ConsumerRecord<byte[], byte[]>> dead = RawRecords.readAll(app.kafka(), settings.topics().dlq(),
                    IsolationLevel.READ_COMMITTED);
            Map<String, Kind> expected = expectedDeadLetters(plan, sent);
            System.out.printf("fuzz: %d valid + %d hostile records drained in %.1f s; %d dead letters; hostile by kind %s%n",
                    valid.size(), expected.size(), seconds, dead.size(), countByKind(expected));

            assertEveryHostileRecordOnce(dead, expected, plan, sent);
            assertThat(app.metrics().unknownTombstones()).as("headline tombstones of unknown ids")
                    .isEqualTo(plan.stream().filter(FuzzIT::isHeadlineTombstone).count()).isPositive();
            Map<ReactionKey, MarketReaction> actual = latestPerKey(app, serdes);
            Map<ReactionKey, MarketReaction> clean = CleanRun.latestPerKey(settings, valid);
            assertThat(clean).isNotEmpty();
            assertThat(clean.values()).anyMatch(r -> r.getStatus() == ReactionStatus.FINAL);
            assertThat(actual).isEqualTo(clean);
            assertThat(app.state()).isEqualTo(KafkaStreams.State.RUNNING);
            System.out.printf("fuzz: %d reactions equal to the clean run's%n", actual.size());
        }
    }

    private static List<SpecificRecord> validFeed() {
        DemoData data = DemoData.load();
        List<SpecificRecord> feed = new ArrayList<>();
        data.ticks().stream().filter(t -> !t.getTs().isBefore(TICKS_FROM) && t.getTs().isBefore(TICKS_TO)).forEach(feed::add);
        data.headlines().stream().filter(h -> !h.getPublishedAt().isBefore(HEADLINES_FROM) && h.getPublishedAt().isBefore(HEADLINES_TO))
                .forEach(feed::add);
        feed.sort(Comparator.comparingLong(FuzzIT::eventTime));
        return feed;
    }

    private static List<ProducerRecord<byte[], byte[]>> toRecords(AppSettings settings, ReactionSerdes serdes, List<SpecificRecord> feed) {
        List<ProducerRecord<byte[], byte[]>> out = new ArrayList<>(feed.size());
        for (SpecificRecord r : feed) {
            if (r instanceof Tick t) {
                String topic = settings.topics().ticks();
                out.add(record(topic, t.getSymbol(), serdes.tick().serializer().serialize(topic, t), eventTime(t)));
            } else {
                Headline h = (Headline) r;
                String topic = settings.topics().headlines();
                out.add(record(topic, h.getId(), serdes.headline().serializer().serialize(topic, h), eventTime(h)));
            }
        }
        return out;
    }

    /** Hostile records for both topics, in generation order. */
    private static List<Planned> hostile(AppSettings settings, ReactionSerdes serdes, SchemaRegistryClient client) {
        String ticks = settings.topics().ticks();
        String headlines = settings.topics().headlines();
        Function<Object, byte[]> tickFrame = t -> serdes.tick().serializer().serialize(ticks, (Tick) t);
        Function<Object, byte[]> headlineFrame = h -> serdes.headline().serializer().serialize(headlines, (Headline) h);
        List<Planned> out = new ArrayList<>();
        int i = 0;
        for (Payload p : new HostilePayloads(SEED, true, tickFrame, foreignFrames(settings.applicationId(), client, serdes, true))
                .generate(HOSTILE_PER_TOPIC)) {
            out.add(new Planned(record(ticks, "fuzz-" + i++, p.value(), TICKS_TO.toEpochMilli()), p.kind()));
        }
        for (Payload p : new HostilePayloads(SEED + 1, false, headlineFrame, foreignFrames(settings.applicationId(), client, serdes,
                false)).generate(HOSTILE_PER_TOPIC)) {
            out.add(new Planned(record(headlines, "fuzz-" + i++, p.value(), HEADLINES_TO.toEpochMilli()), p.kind()));
        }
        return out;
    }

    /** Valid frames of schemas the topic cannot read: a junk record, a ReactionKey, and the other input topic's type. */
    private static List<byte[]> foreignFrames(String prefix, SchemaRegistryClient client, ReactionSerdes serdes, boolean forTicks) {
        Schema junk = SchemaBuilder.record("Junk").namespace("io.fuzz").fields().requiredInt("a").endRecord();
        GenericRecord record = new GenericData.Record(junk);
        record.put("a", 7);
        AvroSerializer<GenericRecord> generic = new AvroSerializer<>(client, Map.of(), false);
        return List.of(
                generic.serialize(prefix + ".foreign-junk", record),
                serdes.reactionKey().serializer().serialize(prefix + ".foreign-key", new ReactionKey("h", "NVDA")),
                forTicks ? serdes.headline().serializer().serialize(prefix + ".foreign-headline",
                        Headline.newBuilder().setId("h").setPublishedAt(TICKS_TO).setSource("s").setTitle("t").build())
                        : serdes.tick().serializer().serialize(prefix + ".foreign-tick",
                        Tick.newBuilder().setSymbol("NVDA").setTs(TICKS_TO).setPrice(1).setSize(1).build()));
    }

    /** Hostile records at random places between the valid ones, whose order is kept. */
    private static List<Planned> interleave(List<ProducerRecord<byte[], byte[]>> valid, List<Planned> hostile) {
        Random random = new Random(SEED + 2);
        List<Planned> out = new ArrayList<>(valid.size() + hostile.size());
        int v = 0;
        int h = 0;
        while (v < valid.size() || h < hostile.size()) {
            int left = valid.size() - v + hostile.size() - h;
            if (h < hostile.size() && random.nextInt(left) < hostile.size() - h) {
                out.add(hostile.get(h++));
            } else {
                out.add(new Planned(valid.get(v++), null));
            }
        }
        return out;
    }

    /** A null value on the headlines topic is a tombstone, not a bad record: for an unknown id it is counted, not dead-lettered. */
    private static boolean isHeadlineTombstone(Planned planned) {
        return planned.hostile() == Kind.NULL_VALUE && !planned.record().topic().endsWith(".ticks");
    }

    private static Map<String, Kind> expectedDeadLetters(List<Planned> plan, List<RecordMetadata> sent) {
        Map<String, Kind> out = new HashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i).hostile() != null && !isHeadlineTombstone(plan.get(i))) {
                RecordMetadata m = sent.get(i);
                out.put(m.topic() + "/" + m.partition() + "/" + m.offset(), plan.get(i).hostile());
            }
        }
        return out;
    }

    private static void assertEveryHostileRecordOnce(List<ConsumerRecord<byte[], byte[]>> dead, Map<String, Kind> expected,
            List<Planned> plan, List<RecordMetadata> sent) {
        Map<String, byte[]> sentValues = new HashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            RecordMetadata m = sent.get(i);
            sentValues.put(m.topic() + "/" + m.partition() + "/" + m.offset(), plan.get(i).record().value());
        }
        Map<String, Long> seen = dead.stream().collect(Collectors.groupingBy(FuzzIT::source, Collectors.counting()));
        assertThat(dead).hasSize(expected.size());
        assertThat(seen.keySet()).isEqualTo(expected.keySet());
        assertThat(seen.values()).containsOnly(1L);
        for (ConsumerRecord<byte[], byte[]> r : dead) {
            assertThat(Arrays.equals(r.value(), sentValues.get(source(r)))).as("original value of %s", source(r)).isTrue();
            for (String name : List.of(DeadLetterHeaders.EXCEPTION, DeadLetterHeaders.MESSAGE, DeadLetterHeaders.REASON)) {
                assertThat(r.headers().lastHeader(name)).as("%s of %s", name, source(r)).isNotNull();
            }
        }
    }

    private static String source(ConsumerRecord<byte[], byte[]> r) {
        return DeadLetterQueueIT.header(r, DeadLetterHeaders.TOPIC) + "/" + DeadLetterQueueIT.header(r, DeadLetterHeaders.PARTITION)
                + "/" + DeadLetterQueueIT.header(r, DeadLetterHeaders.OFFSET);
    }

    private static Map<ReactionKey, MarketReaction> latestPerKey(TestApp app, ReactionSerdes serdes) {
        Map<ReactionKey, MarketReaction> out = new HashMap<>();
        ReactionsReader.latestPerKey(app.kafka(), app.settings().topics().reactions(), serdes.reactionKey().deserializer(),
                serdes.reaction().deserializer(), Map.of()).forEach(r -> out.put(new ReactionKey(r.getHeadlineId(), r.getSymbol()), r));
        return out;
    }

    private static Map<Kind, Long> countByKind(Map<String, Kind> expected) {
        return expected.values().stream().collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
    }

    private static ProducerRecord<byte[], byte[]> record(String topic, String key, byte[] value, long timestamp) {
        return new ProducerRecord<>(topic, null, timestamp, DeadLetterQueueIT.bytes(key), value, new RecordHeaders());
    }

    private static long eventTime(SpecificRecord r) {
        return r instanceof Tick t ? t.getTs().toEpochMilli() : ((Headline) r).getPublishedAt().toEpochMilli();
    }
}
