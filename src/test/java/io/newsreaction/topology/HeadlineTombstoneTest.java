package io.newsreaction.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.CohortKey;
import io.newsreaction.avro.CohortStats;
import io.newsreaction.avro.EventPrecision;
import io.newsreaction.avro.Headline;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionEvent;
import io.newsreaction.avro.ReactionEventKey;
import io.newsreaction.avro.ReactionKey;
import io.newsreaction.avro.ReactionStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A tombstone on the headlines topic retracts the headline (DESIGN §8, docs/EVENTS.md): its
 * reactions are tombstoned, it leaves its events and cohorts, and its legs still to come are
 * dropped; what is left equals a run that never saw the headline. Data and settings are
 * {@link EventsTopologyTest}'s: five headlines on AAA (benchmark BBB) over a weekend and Monday.
 */
class HeadlineTombstoneTest {
    private static final Instant TUESDAY = Instant.parse("2025-01-28T16:00:00Z");

    @ParameterizedTest(name = "retracting {0} once its reactions are final")
    @ValueSource(strings = {"sat", "sun", "day", "open", "later"})
    void shouldLeaveWhatARunWithoutTheHeadlineLeavesOnceItsReactionsAreFinal(String id) {
        Run expected = runWithout(id);
        try (TopologyFixture fixture = new TopologyFixture(EventsTopologyTest.settings(), EventsTopologyTest.routing())) {
            fixture.pipe(EventsTopologyTest.headlinesFirst());
            List<KeyValue<ReactionKey, MarketReaction>> before = fixture.output();
            assertThat(before).anySatisfy(kv -> assertThat(kv.key.getHeadlineId()).isEqualTo(id));
            Outputs outputs = new Outputs(before, fixture.events(), fixture.stats());

            fixture.tombstone(id, TUESDAY);

            List<KeyValue<ReactionKey, MarketReaction>> retraction = fixture.output();
            assertThat(retraction).as("one tombstone per reaction key of the headline, nothing else")
                    .containsExactly(KeyValue.pair(new ReactionKey(id, "AAA"), null));
            outputs.add(retraction, fixture.events(), fixture.stats());
            assertThat(fixture.metrics.headlinesRetracted()).isEqualTo(1);
            outputs.assertEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "retracting {0} before any tick")
    @ValueSource(strings = {"sat", "open", "later"})
    void shouldDropTheLegsStillToComeWhenTheTombstoneComesFirst(String id) {
        Run expected = runWithout(id);
        try (TopologyFixture fixture = new TopologyFixture(EventsTopologyTest.settings(), EventsTopologyTest.routing())) {
            fixture.pipe(EventsTopologyTest.headlines());
            fixture.tombstone(id, TUESDAY);
            fixture.pipe(EventsTopologyTest.ticks());

            Outputs outputs = new Outputs(fixture.output(), fixture.events(), fixture.stats());
            assertThat(outputs.reactions).doesNotContainKey(new ReactionKey(id, "AAA"));
            assertThat(fixture.metrics.retractedLegs()).as("legs of the retracted headline dropped at stage 2").isPositive();
            outputs.assertEqualTo(expected);
        }
    }

    @Test
    void shouldReactAgainToAHeadlinePublishedAgainAfterItsTombstone() {
        Run reference = run(EventsTopologyTest.headlinesFirst());
        try (TopologyFixture fixture = new TopologyFixture(EventsTopologyTest.settings(), EventsTopologyTest.routing())) {
            fixture.pipe(EventsTopologyTest.headlinesFirst());
            fixture.tombstone("open", TUESDAY);
            Headline open = EventsTopologyTest.headlines().stream().filter(h -> h.getId().equals("open")).findFirst().orElseThrow();
            List<SpecificRecord> again = List.of(open);
            fixture.pipe(again);

            Outputs outputs = new Outputs(fixture.output(), fixture.events(), fixture.stats());
            MarketReaction reaction = outputs.reactions.get(new ReactionKey("open", "AAA"));
            assertThat(reaction.getStatus()).as("recomputed from the price history").isEqualTo(ReactionStatus.FINAL);
            outputs.assertEqualTo(reference);
        }
    }

    @Test
    void shouldCountATombstoneOfAnUnknownOrRetractedIdAndWriteNothing() {
        try (TopologyFixture fixture = new TopologyFixture(EventsTopologyTest.settings(), EventsTopologyTest.routing())) {
            fixture.pipe(EventsTopologyTest.headlinesFirst());
            fixture.output();
            fixture.events();
            fixture.stats();
            fixture.tombstone("never-sent", TUESDAY);
            fixture.tombstone("open", TUESDAY);
            fixture.output();
            fixture.events();
            fixture.stats();

            fixture.tombstone("open", TUESDAY);

            assertThat(fixture.output()).isEmpty();
            assertThat(fixture.events()).isEmpty();
            assertThat(fixture.stats()).isEmpty();
            assertThat(fixture.metrics.unknownTombstones()).isEqualTo(2);
            assertThat(fixture.metrics.headlinesRetracted()).isEqualTo(1);
        }
    }

    private static Run runWithout(String id) {
        List<SpecificRecord> input = new ArrayList<>(EventsTopologyTest.headlinesFirst());
        input.removeIf(r -> r instanceof Headline h && h.getId().equals(id));
        return run(input);
    }

    private static Run run(List<SpecificRecord> input) {
        try (TopologyFixture fixture = new TopologyFixture(EventsTopologyTest.settings(), EventsTopologyTest.routing())) {
            fixture.pipe(input);
            return new Outputs(fixture.output(), fixture.events(), fixture.stats()).live();
        }
    }

    /** The latest record per key; a tombstone removes its key. Computed before another driver opens (drivers share a state directory). */
    private record Run(Map<ReactionKey, MarketReaction> reactions, Map<ReactionEventKey, ReactionEvent> events,
            Map<CohortKey, CohortStats> stats) {
    }

    private static final class Outputs {
        final Map<ReactionKey, MarketReaction> reactions = new LinkedHashMap<>();
        final Map<ReactionEventKey, ReactionEvent> events = new LinkedHashMap<>();
        final Map<CohortKey, CohortStats> stats = new LinkedHashMap<>();

        Outputs(List<KeyValue<ReactionKey, MarketReaction>> reactions, List<KeyValue<ReactionEventKey, ReactionEvent>> events,
                List<KeyValue<CohortKey, CohortStats>> stats) {
            add(reactions, events, stats);
        }

        void add(List<KeyValue<ReactionKey, MarketReaction>> reactionRecords, List<KeyValue<ReactionEventKey, ReactionEvent>> eventRecords,
                List<KeyValue<CohortKey, CohortStats>> statsRecords) {
            reactionRecords.forEach(kv -> put(reactions, kv));
            eventRecords.forEach(kv -> put(events, kv));
            statsRecords.forEach(kv -> put(stats, kv));
        }

        Run live() {
            return new Run(reactions, events, stats);
        }

        void assertEqualTo(Run expected) {
            Run actual = live();
            assertThat(actual.reactions()).isEqualTo(expected.reactions());
            assertThat(actual.events()).isEqualTo(expected.events());
            assertThat(actual.stats()).isEqualTo(expected.stats());
            assertThat(actual.events().keySet()).extracting(ReactionEventKey::getPrecision)
                    .containsAnyOf(EventPrecision.INTRADAY, EventPrecision.DAY);
        }

        private static <K, V> void put(Map<K, V> latest, KeyValue<K, V> kv) {
            if (kv.value == null) {
                latest.remove(kv.key);
            } else {
                latest.put(kv.key, kv.value);
            }
        }
    }
}
