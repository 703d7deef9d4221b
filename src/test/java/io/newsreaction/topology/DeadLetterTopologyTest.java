package io.newsreaction.topology;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.Tick;
import io.newsreaction.fixtures.ConfluentFrames;
import io.newsreaction.fixtures.DriverProps;
import io.newsreaction.fixtures.Headlines;
import io.newsreaction.fixtures.InMemorySchemaRegistryClient;
import io.newsreaction.fixtures.SwitchableRegistryClient;
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
import java.util.stream.Stream;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every invalid input reaches the dead-letter topic once, with Kafka's headers and a reason;
 * nothing else does. One driver for the class: opening its RocksDB stores costs most of a second.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLetterTopologyTest {
    private static final Instant T0 = Instant.parse("2025-01-27T15:30:00Z");
    static final String HEADLINES = "in.headlines";
    static final String TICKS = "in.ticks";
    private static final String DLQ = "dlq";

    private final ReactionSerdes serdes = ReactionService.serdes(new InMemorySchemaRegistryClient(), Map.of());
    private final ReactionMetrics metrics = new ReactionMetrics();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> rawTicks;
    private TestInputTopic<String, byte[]> rawHeadlines;
    private TestOutputTopic<byte[], byte[]> dlq;
    private TestRecord<byte[], byte[]> deadLetter;

    @BeforeAll
    void start() {
        driver = driver("dead-letter-test", serdes, metrics);
        rawTicks = driver.createInputTopic(TICKS, new StringSerializer(), new ByteArraySerializer());
        rawHeadlines = driver.createInputTopic(HEADLINES, new StringSerializer(), new ByteArraySerializer());
        dlq = driver.createOutputTopic(DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterAll
    void stop() {
        driver.close();
    }

    @BeforeEach
    void clear() {
        dlq.readRecordsToList();
    }

    static TopologyTestDriver driver(String applicationId, ReactionSerdes serdes, ReactionMetrics metrics) {
        ReactionSettings reaction = new ReactionSettings(new TwentyFourSevenCalendar(), List.of(Duration.ofMinutes(1)),
                Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofMinutes(5), 390, 30,
                Duration.ofMinutes(390), Duration.ofDays(14));
        RoutingSettings routing = new RoutingSettings(Set.of("AAA"), "SPY", Map.of(), Map.of());
        TopologySettings settings = new TopologySettings(HEADLINES, TICKS, "out.reactions", 1, reaction, routing);
        Properties props = DriverProps.of(applicationId, StreamsProperties.errorHandling(DLQ));
        return new TopologyTestDriver(ReactionTopology.build(settings, serdes, metrics), props);
    }

    static Stream<Arguments> invalidTicks() {
        return Stream.of(
                Arguments.of(TickRecords.of("").at(T0).build(), "tick symbol is missing"),
                Arguments.of(TickRecords.of("AAA").at(T0).price(0).build(), "tick price must be a positive finite number: 0.0"),
                Arguments.of(TickRecords.of("AAA").at(T0).price(-1.5).build(), "tick price must be a positive finite number: -1.5"),
                Arguments.of(TickRecords.of("AAA").at(T0).price(Double.NaN).build(), "tick price must be a positive finite number: NaN"),
                Arguments.of(TickRecords.of("AAA").at(T0).price(Double.POSITIVE_INFINITY).build(),
                        "tick price must be a positive finite number: Infinity"),
                Arguments.of(TickRecords.of("AAA").at(T0).size(-1).build(), "tick size must not be negative: -1"),
                Arguments.of(TickRecords.of("AAA").at(Instant.EPOCH).build(), "tick ts must be positive: 1970-01-01T00:00:00Z"),
                Arguments.of(TickRecords.of("AAA").at(Instant.ofEpochMilli(-5)).build(),
                        "tick ts must be positive: 1969-12-31T23:59:59.995Z"),
                Arguments.of(TickRecords.of("NV DA").at(T0).build(), "tick symbol 'NV DA' is not a symbol: 1 to 32 of A-Z, 0-9"
                        + " and . - _ ^ = / : (upper case, no spaces)"),
                Arguments.of(TickRecords.of("aaa").at(T0).build(), "tick symbol 'aaa' is not a symbol: 1 to 32 of A-Z, 0-9"
                        + " and . - _ ^ = / : (upper case, no spaces)"),
                Arguments.of(TickRecords.of("AAA").at(T0).venue("v".repeat(201)).build(),
                        "tick venue is 201 characters, more than 200"));
    }

    static Stream<Arguments> invalidHeadlines() {
        return Stream.of(
                Arguments.of(Headlines.id("").at(T0).tickers("AAA").build(), "headline id is empty"),
                Arguments.of(Headlines.id("h1").at(T0).title("").tickers("AAA").build(), "headline title is empty"),
                Arguments.of(Headlines.id("h1").at(T0).title("  ").tickers("AAA").build(), "headline title is empty"),
                Arguments.of(Headlines.id("h1").at(Instant.EPOCH).tickers("AAA").build(),
                        "headline publishedAt must be positive: 1970-01-01T00:00:00Z"),
                Arguments.of(Headlines.id("h1").at(T0).title("x".repeat(1_001)).tickers("AAA").build(),
                        "headline title is 1001 characters, more than 1000"),
                Arguments.of(Headlines.id("h1").at(T0).tickers("AAA", "NV DA").build(),
                        "headline ticker 'NV DA' is not a symbol: 1 to 32 of A-Z, 0-9 and . - _ ^ = / : (upper case, no spaces)"),
                Arguments.of(Headlines.id("h1").at(T0).tickers("AAA").entities("e".repeat(201)).build(),
                        "headline entity is 201 characters, more than 200"),
                Arguments.of(Headlines.id("h".repeat(201)).at(T0).tickers("AAA").build(),
                        "headline id is 201 characters, more than 200"),
                Arguments.of(Headlines.id("h1").at(T0).actor("a".repeat(201)).tickers("AAA").build(),
                        "headline actor is 201 characters, more than 200"));
    }

    @ParameterizedTest
    @MethodSource("invalidTicks")
    void shouldDeadLetterAnInvalidTickWithItsReason(Tick tick, String reason) {
        byte[] value = serdes.tick().serializer().serialize(TICKS, tick);
        rawTicks.pipeInput(new TestRecord<>("AAA", value, T0));

        assertSingleDeadLetter(TICKS, "AAA", value, reason);
        assertThat(single(DeadLetterHeaders.EXCEPTION)).isEqualTo(InvalidRecordException.class.getName());
        assertThat(single(DeadLetterHeaders.MESSAGE)).isEqualTo(reason);
    }

    @ParameterizedTest
    @MethodSource("invalidHeadlines")
    void shouldDeadLetterAnInvalidHeadlineWithItsReason(Headline headline, String reason) {
        byte[] value = serdes.headline().serializer().serialize(HEADLINES, headline);

        long routed = metrics.headlinesRouted();
        rawHeadlines.pipeInput(new TestRecord<>("h1", value, T0));

        assertSingleDeadLetter(HEADLINES, "h1", value, reason);
        assertThat(metrics.headlinesRouted()).isEqualTo(routed);
    }

    @Test
    void shouldDeadLetterANullValue() {
        rawTicks.pipeInput(new TestRecord<>("AAA", null, T0));

        assertSingleDeadLetter(TICKS, "AAA", null, "tick value is missing");
    }

    @Test
    void shouldDeadLetterUndeserializableValuesWithTheDeserializerMessage() {
        byte[] json = "{\"symbol\":\"AAA\"}".getBytes(StandardCharsets.UTF_8);
        rawTicks.pipeInput(new TestRecord<>("AAA", json, T0));
        assertSingleDeadLetter(TICKS, "AAA", json, "cannot deserialize: unknown magic byte 0x7b, expected 0x00");

        byte[] unknownId = ConfluentFrames.frame(4242, new byte[] {2, 65});
        rawHeadlines.pipeInput(new TestRecord<>("h1", unknownId, T0));
        assertSingleDeadLetter(HEADLINES, "h1", unknownId, "cannot deserialize: unknown schema id 4242");
    }

    @Test
    void shouldCountAnUnroutableHeadlineInsteadOfDeadLetteringIt() {
        byte[] value = serdes.headline().serializer().serialize(HEADLINES, Headlines.id("h2").at(T0).tickers("ZZZ").build());
        rawHeadlines.pipeInput(new TestRecord<>("h2", value, T0));

        assertThat(dlq.isEmpty()).isTrue();
        assertThat(metrics.headlinesUnrouted()).isPositive();
    }

    @Test
    void shouldFailInsteadOfDeadLetteringWhenTheRegistryIsDown() {
        SwitchableRegistryClient flaky = new SwitchableRegistryClient(new InMemorySchemaRegistryClient());
        ReactionSerdes flakySerdes = ReactionService.serdes(flaky, Map.of());
        byte[] value = flakySerdes.tick().serializer().serialize(TICKS, TickRecords.of("AAA").at(T0).build());
        flaky.down(true);
        try (TopologyTestDriver failing = driver("dead-letter-outage-test", flakySerdes, new ReactionMetrics())) {
            TestInputTopic<String, byte[]> ticks = failing.createInputTopic(TICKS, new StringSerializer(), new ByteArraySerializer());
            TestOutputTopic<byte[], byte[]> deadLetters = failing.createOutputTopic(DLQ, new ByteArrayDeserializer(),
                    new ByteArrayDeserializer());

            assertThatThrownBy(() -> ticks.pipeInput(new TestRecord<>("AAA", value, T0)))
                    .isInstanceOf(StreamsException.class)
                    .hasRootCauseMessage("cannot reach schema registry at http://127.0.0.1:1 after 1 attempts: Connection refused");
            assertThat(deadLetters.isEmpty()).isTrue();
        }
    }

    private void assertSingleDeadLetter(String topic, String key, byte[] value, String reason) {
        List<TestRecord<byte[], byte[]>> records = dlq.readRecordsToList();
        assertThat(records).hasSize(1);
        TestRecord<byte[], byte[]> record = records.get(0);
        deadLetter = record;
        assertThat(record.key()).isEqualTo(key.getBytes(StandardCharsets.UTF_8));
        assertThat(record.value()).isEqualTo(value);
        assertThat(record.getRecordTime()).isEqualTo(T0);
        assertThat(single(DeadLetterHeaders.REASON)).isEqualTo(reason);
        assertThat(single(DeadLetterHeaders.TOPIC)).isEqualTo(topic);
        assertThat(single(DeadLetterHeaders.PARTITION)).isEqualTo("0");
        assertThat(single(DeadLetterHeaders.OFFSET)).isNotBlank();
        assertThat(deadLetter.headers().lastHeader(DeadLetterHeaders.STACKTRACE)).as("stack trace of bad input").isNull();
    }

    private String single(String header) {
        Header[] all = deadLetter.headers().toArray();
        List<Header> matching = Stream.of(all).filter(h -> h.key().equals(header)).toList();
        assertThat(matching).as("header %s", header).hasSize(1);
        return new String(matching.get(0).value(), StandardCharsets.UTF_8);
    }
}
