package io.newsreaction.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionKey;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.fixtures.Headlines;
import io.newsreaction.fixtures.TickRecords;
import io.newsreaction.market.TwentyFourSevenCalendar;
import io.newsreaction.reaction.ReactionSettings;
import io.newsreaction.routing.RoutingSettings;
import io.newsreaction.runtime.DeadLetterHeaders;
import io.newsreaction.runtime.StreamsProperties;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * Stage 2 keeps a headline's progress markers, legs and latest reactions for
 * {@code reaction.query-retention} of headline time once the headline is complete, and
 * {@code route-headlines} its latest version, whatever the length of the run; a headline older than
 * that is dead-lettered instead of starting its reaction again.
 */
class StageTwoRetentionTest {
    private static final Instant T0 = Instant.parse("2025-01-27T15:30:00Z");
    private static final Duration SPACING = Duration.ofHours(2);
    private static final Duration QUERY_RETENTION = Duration.ofHours(5);
    private static final String DLQ = "dlq";

    private static TopologySettings settings() {
        ReactionSettings reaction = new ReactionSettings(new TwentyFourSevenCalendar(), List.of(Duration.ofMinutes(1),
                Duration.ofMinutes(5)),
                Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofMinutes(5), 390, 30,
                Duration.ofMinutes(390), Duration.ofDays(14));
        RoutingSettings routing = new RoutingSettings(Set.of(), "SPY", Map.of("AAA", "BBB", "CCC", "BBB"), Map.of());
        return new TopologySettings(TopologyFixture.HEADLINES, TopologyFixture.TICKS, TopologyFixture.REACTIONS, 1,
                reaction, routing, TopologyFixture.REACTIONS + ".events", TopologyFixture.REACTIONS + ".stats",
                TickContract.DEFAULT, QUERY_RETENTION);
    }

    /** Headline {@code i} at {@code T0 + i·2h} for AAA and CCC (benchmark BBB), with the ticks that make both horizons due. */
    private static List<SpecificRecord> headline(int i) {
        Instant t = T0.plus(SPACING.multipliedBy(i));
        List<SpecificRecord> records = new ArrayList<>();
        records.add(Headlines.id("h" + i).at(t).tickers("AAA", "CCC").build());
        for (String symbol : List.of("AAA", "BBB", "CCC")) {
            records.add(TickRecords.of(symbol).at(t.minusSeconds(60)).price(100 + i).size(10).build());
            records.add(TickRecords.of(symbol).at(t.plusSeconds(30)).price(101 + i).size(10).build());
            records.add(TickRecords.of(symbol).at(t.plusSeconds(420)).price(102 + i).size(10).build());
        }
        return records;
    }

    private static List<SpecificRecord> run(int headlines) {
        List<SpecificRecord> all = new ArrayList<>();
        for (int i = 0; i < headlines; i++) {
            all.addAll(headline(i));
        }
        return all;
    }

    /** Entries per stage-2 store after the run (index entries of the progress store counted apart). */
    private static Map<String, Integer> stageTwoEntries(TopologyFixture fixture) {
        Map<String, Integer> counts = new TreeMap<>();
        KeyValueStore<String, Integer> progress = fixture.driver().getKeyValueStore(Names.PROGRESS_STORE);
        try (KeyValueIterator<String, Integer> it = progress.all()) {
            it.forEachRemaining(kv -> counts.merge(kv.key.startsWith(CombineLegsProcessor.INDEX_MARK)
                    ? "progress index" : Names.PROGRESS_STORE, 1, Integer::sum));
        }
        for (String store : List.of(Names.LEG_STORE, Names.REACTIONS_STORE, Names.HEADLINES_STORE)) {
            @SuppressWarnings("unchecked")
            KeyValueStore<Object, Object> kv = store.equals(Names.LEG_STORE)
                    ? ((PreCommitStore<Object, Object>) fixture.driver().getStateStore(store)).store()
                    : fixture.driver().getKeyValueStore(store);
            try (KeyValueIterator<Object, Object> it = kv.all()) {
                int n = 0;
                while (it.hasNext()) {
                    // clocks and index keys start with a control character, which no headline id holds
                    if (it.next().key.toString().charAt(0) >= ' ') {
                        n++;
                    }
                }
                counts.put(store, n);
            }
        }
        return counts;
    }

    @Test
    void shouldKeepTheSameStateWhetherTheRunIsShortOrFourTimesLonger() {
        Map<String, Integer> shortRun;
        Map<String, Integer> longRun;
        int shortFinals;
        int longFinals;
        try (TopologyFixture fixture = new TopologyFixture(settings(), new java.util.Properties())) {
            shortFinals = finals(fixture.pipe(run(6)).output());
            shortRun = stageTwoEntries(fixture);
        }
        try (TopologyFixture fixture = new TopologyFixture(settings(), new java.util.Properties())) {
            longFinals = finals(fixture.pipe(run(24)).output());
            longRun = stageTwoEntries(fixture);
        }
        assertThat(shortFinals).isEqualTo(12);
        assertThat(longFinals).isEqualTo(48);
        // the latest headline's stream time keeps those published within the 5 h before it: the
        // last three (2 h apart), two targets each; legs are dropped once a target is final.
        // Progress per headline: three leg symbols finished and the count left (0); a target's
        // progress is its latest reaction.
        assertThat(longRun).isEqualTo(shortRun)
                .containsEntry(Names.REACTIONS_STORE, 6)
                .containsEntry(Names.PROGRESS_STORE, 3 * (3 + 1))
                .containsEntry("progress index", 3)
                .containsEntry(Names.LEG_STORE, 0)
                .containsEntry(Names.HEADLINES_STORE, 3);
    }

    @Test
    void shouldDeadLetterAHeadlineOlderThanTheRetentionInsteadOfReactingAgain() {
        try (TopologyFixture fixture = new TopologyFixture(settings(), StreamsProperties.errorHandling(DLQ))) {
            fixture.pipe(run(4)).output();
            TestOutputTopic<byte[], byte[]> dlq = fixture.driver().createOutputTopic(DLQ, new ByteArrayDeserializer(),
                    new ByteArrayDeserializer());

            // h0 again, 6 h after it was first published: stage 1 still has prices, but not all it used
            fixture.pipe(List.of(headline(0).get(0)));

            assertThat(fixture.output()).as("no reaction starts again").isEmpty();
            List<TestRecord<byte[], byte[]>> deadLetters = dlq.readRecordsToList();
            assertThat(deadLetters).hasSize(1);
            String reason = new String(deadLetters.get(0).headers().lastHeader(DeadLetterHeaders.REASON).value(), StandardCharsets.UTF_8);
            assertThat(reason).isEqualTo("headline h0 published 2025-01-27T15:30:00Z is more than reaction.query-retention PT5H"
                    + " before the latest headline of its partition (2025-01-27T21:30:00Z): the state it needs may be gone,"
                    + " so it is not routed");
        }
    }

    @Test
    void shouldStillAnswerARecentHeadlineSentAgainWithNothingNew() {
        try (TopologyFixture fixture = new TopologyFixture(settings(), new java.util.Properties())) {
            fixture.pipe(run(4)).output();
            fixture.pipe(List.of(headline(3).get(0)));
            assertThat(fixture.output()).isEmpty();
            KeyValueStore<ReactionKey, MarketReaction> latest = fixture.driver().getKeyValueStore(Names.REACTIONS_STORE);
            assertThat(latest.get(new ReactionKey("h3", "AAA")).getStatus()).isEqualTo(ReactionStatus.FINAL);
            assertThat(latest.get(new ReactionKey("h0", "AAA"))).isNull();
        }
    }

    private static int finals(List<KeyValue<ReactionKey, MarketReaction>> out) {
        return (int) out.stream().filter(kv -> kv.value.getStatus() != ReactionStatus.PROVISIONAL).count();
    }
}
