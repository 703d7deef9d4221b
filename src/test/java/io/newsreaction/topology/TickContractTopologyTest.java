package io.newsreaction.topology;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.newsreaction.avro.Tick;
import io.newsreaction.fixtures.CapturedLogs;
import io.newsreaction.fixtures.DriverProps;
import io.newsreaction.fixtures.Headlines;
import io.newsreaction.fixtures.InMemorySchemaRegistryClient;
import io.newsreaction.fixtures.TickRecords;
import io.newsreaction.market.TwentyFourSevenCalendar;
import io.newsreaction.reaction.ReactionSettings;
import io.newsreaction.routing.RoutingSettings;
import io.newsreaction.runtime.DeadLetterHeaders;
import io.newsreaction.runtime.ReactionService;
import io.newsreaction.runtime.StreamsProperties;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * The ticks' input contract (DESIGN §8) in a driver whose stage 1 has three partitions. The driver
 * reads every input record from partition 0, where under three partitions {@code BBB} and
 * {@code CCC} belong with crc32 and {@code CCC} and {@code MSFT} with murmur2.
 */
class TickContractTopologyTest {
    private static final Instant T0 = Instant.parse("2025-01-27T15:30:00Z");
    private static final String HEADLINES = "in.headlines";
    private static final String TICKS = "in.ticks";
    private static final String REACTIONS = "out.reactions";
    private static final String DLQ = "dlq";
    private static final int PARTITIONS = 3;

    private final ReactionSerdes serdes = ReactionService.serdes(new InMemorySchemaRegistryClient(), Map.of());
    private final ReactionMetrics metrics = new ReactionMetrics();

    @Test
    void fixtureSymbolsShouldLandWhereTheClassCommentSays() {
        assertThat(TickPartitioner.CRC32.partition("BBB", PARTITIONS)).isZero();
        assertThat(TickPartitioner.MURMUR2.partition("BBB", PARTITIONS)).isNotZero();
        assertThat(TickPartitioner.CRC32.partition("CCC", PARTITIONS)).isZero();
        assertThat(TickPartitioner.MURMUR2.partition("CCC", PARTITIONS)).isZero();
        assertThat(TickPartitioner.MURMUR2.partition("MSFT", PARTITIONS)).isZero();
        assertThat(TickPartitioner.CRC32.partition("MSFT", PARTITIONS)).isNotZero();
    }

    @Test
    void shouldDeadLetterATickWithoutKey() {
        try (Driver d = new Driver(TickContract.DEFAULT)) {
            d.tick(null, TickRecords.of("CCC").at(T0).build(), T0);

            assertThat(d.reasons()).containsExactly("tick key is missing (the key must be the symbol CCC)");
        }
    }

    @Test
    void shouldDeadLetterATickWhoseKeyIsNotItsSymbol() {
        try (Driver d = new Driver(TickContract.DEFAULT)) {
            d.tick("MSFT", TickRecords.of("CCC").at(T0).build(), T0);

            assertThat(d.reasons()).containsExactly("tick key MSFT is not its symbol CCC");
        }
    }

    @Test
    void shouldDeadLetterCountAndLogATickOnAPartitionWhereItsKeyDoesNotBelong() {
        try (Driver d = new Driver(TickContract.DEFAULT);
                CapturedLogs logs = CapturedLogs.capture(Level.ERROR, ValidateTicksProcessor.class.getName())) {
            d.tick("BBB", TickRecords.of("BBB").at(T0).build(), T0);
            d.tick("BBB", TickRecords.of("BBB").at(T0.plusSeconds(1)).build(), T0.plusSeconds(1));
            d.tick("MSFT", TickRecords.of("MSFT").at(T0).build(), T0);

            int expected = TickPartitioner.MURMUR2.partition("BBB", PARTITIONS);
            String reason = "tick key BBB belongs on partition " + expected + " of 3 under topics.ticks.partitioner=murmur2,"
                    + " found on partition 0";
            assertThat(d.reasons()).containsExactly(reason, reason);
            assertThat(metrics.misplacedTicks()).isEqualTo(2);
            assertThat(metrics.lastMisplacedTick()).isEqualTo(TICKS + "-0@1");
            assertThat(logs.events()).as("one summary line for the first misplaced tick, not one per tick").hasSize(1);
            assertThat(logs.text()).contains("topics.ticks.partitioner=murmur2", "key BBB at " + TICKS + "-0@0");
        }
    }

    @Test
    void shouldReactToTicksWhereCrc32PutsThemOnceTheSettingSaysCrc32() {
        TickContract crc32 = new TickContract(TickPartitioner.CRC32, TickContract.DEFAULT_MAX_FUTURE_SKEW);
        try (Driver d = new Driver(crc32)) {
            pipeOneReaction(d);

            assertThat(d.reasons()).isEmpty();
            assertThat(d.reactions.readRecordsToList()).hasSize(1);
            assertThat(metrics.misplacedTicks()).isZero();
        }
        try (Driver d = new Driver(TickContract.DEFAULT)) {
            pipeOneReaction(d);

            // The driver runs one task, so the leg request still meets CCC here; on a broker it would
            // land on another partition (see TickPartitionerIT). What the driver shows: BBB's ticks never count.
            assertThat(d.reasons()).hasSize(3).allMatch(r -> r.contains("topics.ticks.partitioner=murmur2"));
        }
    }

    @Test
    void shouldDeadLetterATickDatedFurtherAheadOfItsRecordTimestampThanTheSkew() {
        try (Driver d = new Driver(TickContract.DEFAULT)) {
            d.tick("CCC", TickRecords.of("CCC").at(T0.plus(Duration.ofMinutes(5))).build(), T0);
            d.tick("CCC", TickRecords.of("CCC").at(T0.plus(Duration.ofMinutes(5)).plusMillis(1)).build(), T0);
            d.tick("CCC", TickRecords.of("CCC").at(Instant.parse("2100-01-01T00:00:00Z")).build(), T0);

            assertThat(d.reasons()).containsExactly(
                    "tick ts 2025-01-27T15:35:00.001Z is more than PT5M after its record timestamp 2025-01-27T15:30:00Z"
                            + " (reaction.max-future-skew)",
                    "tick ts 2100-01-01T00:00:00Z is more than PT5M after its record timestamp 2025-01-27T15:30:00Z"
                            + " (reaction.max-future-skew)");
        }
    }

    /** Headline on BBB (benchmark CCC) at T0; reference ticks before, horizon end ticks, one tick making it due. */
    private static void pipeOneReaction(Driver d) {
        for (String s : List.of("BBB", "CCC")) {
            d.tick(s, TickRecords.of(s).at(T0.minusSeconds(10)).price(100).build(), T0.minusSeconds(10));
        }
        d.headline(T0);
        for (String s : List.of("BBB", "CCC")) {
            d.tick(s, TickRecords.of(s).at(T0.plusSeconds(60)).price(101).build(), T0.plusSeconds(60));
        }
        d.tick("CCC", TickRecords.of("CCC").at(T0.plusSeconds(121)).build(), T0.plusSeconds(121));
        d.tick("BBB", TickRecords.of("BBB").at(T0.plusSeconds(121)).build(), T0.plusSeconds(121));
    }

    private final class Driver implements AutoCloseable {
        final TopologyTestDriver driver;
        final TestInputTopic<String, byte[]> ticks;
        final TestInputTopic<String, byte[]> headlines;
        final TestOutputTopic<byte[], byte[]> dlq;
        final TestOutputTopic<byte[], byte[]> reactions;

        Driver(TickContract contract) {
            ReactionSettings reaction = new ReactionSettings(new TwentyFourSevenCalendar(), List.of(Duration.ofMinutes(1)),
                    Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofMinutes(5), 390, 30,
                    Duration.ofMinutes(390), Duration.ofDays(14));
            RoutingSettings routing = new RoutingSettings(Set.of("BBB"), "CCC", Map.of(), Map.of());
            TopologySettings settings = new TopologySettings(HEADLINES, TICKS, REACTIONS, PARTITIONS, reaction, routing, contract);
            Properties props = DriverProps.of("tick-contract-test", StreamsProperties.errorHandling(DLQ));
            driver = new TopologyTestDriver(ReactionTopology.build(settings, serdes, metrics), props);
            ticks = driver.createInputTopic(TICKS, new StringSerializer(), new ByteArraySerializer());
            headlines = driver.createInputTopic(HEADLINES, new StringSerializer(), new ByteArraySerializer());
            dlq = driver.createOutputTopic(DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer());
            reactions = driver.createOutputTopic(REACTIONS, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        }

        void tick(String key, Tick tick, Instant recordTime) {
            ticks.pipeInput(new TestRecord<>(key, serdes.tick().serializer().serialize(TICKS, tick), recordTime));
        }

        void headline(Instant at) {
            byte[] value = serdes.headline().serializer().serialize(HEADLINES, Headlines.id("h1").at(at).tickers("BBB").build());
            headlines.pipeInput(new TestRecord<>("h1", value, at));
        }

        List<String> reasons() {
            return dlq.readRecordsToList().stream()
                    .map(r -> new String(r.headers().lastHeader(DeadLetterHeaders.REASON).value(), StandardCharsets.UTF_8))
                    .toList();
        }

        @Override
        public void close() {
            driver.close();
        }
    }
}
