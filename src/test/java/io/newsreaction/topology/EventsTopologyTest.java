package io.newsreaction.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsreaction.avro.CohortBlock;
import io.newsreaction.avro.CohortDimension;
import io.newsreaction.avro.CohortKey;
import io.newsreaction.avro.CohortStats;
import io.newsreaction.avro.EventHorizon;
import io.newsreaction.avro.EventPrecision;
import io.newsreaction.avro.Headline;
import io.newsreaction.avro.HeadlineKind;
import io.newsreaction.avro.HorizonReaction;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionEvent;
import io.newsreaction.avro.ReactionEventKey;
import io.newsreaction.avro.ReactionKey;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.avro.Tick;
import io.newsreaction.avro.TimePrecision;
import io.newsreaction.fixtures.Headlines;
import io.newsreaction.fixtures.TickSeries;
import io.newsreaction.market.XnysCalendar;
import io.newsreaction.reaction.ReactionSettings;
import io.newsreaction.routing.RoutingSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;

class EventsTopologyTest {
    private static final Instant FRIDAY_OPEN = Instant.parse("2025-01-24T14:30:00Z");
    private static final Instant MONDAY_OPEN = Instant.parse("2025-01-27T14:30:00Z");
    private static final Instant TUESDAY_OPEN = Instant.parse("2025-01-28T14:30:00Z");
    private static final List<String> HORIZONS = List.of("PT1M", "PT5M", "PT6H30M");

    /** XNYS, horizons PT1M, PT5M and one session, grace PT1M, pre-event 30 min. */
    static ReactionSettings settings() {
        return new ReactionSettings(XnysCalendar.withDefaults(),
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(390)),
                Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofMinutes(5), 390, 30,
                Duration.ofMinutes(390), Duration.ofDays(14));
    }

    static RoutingSettings routing() {
        return new RoutingSettings(Set.of(), "SPY", Map.of("AAA", "BBB"), Map.of("acme", List.of("AAA")));
    }

    /** AAA and its benchmark BBB every minute through Friday's and Monday's sessions, two ticks on Tuesday. */
    static List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        for (Instant open : List.of(FRIDAY_OPEN, MONDAY_OPEN)) {
            for (int i = 0; i < 390; i++) {
                Instant ts = open.plus(Duration.ofMinutes(i));
                int day = open.equals(MONDAY_OPEN) ? 1 : 0;
                ticks.add(TickSeries.at("AAA", ts, 100 + (i % 7) * 0.3 - (i % 3) * 0.2 - day * 4));
                ticks.add(TickSeries.at("BBB", ts, 50 + (i % 5) * 0.1 + (i % 2) * 0.05 - day));
            }
        }
        ticks.add(TickSeries.at("AAA", TUESDAY_OPEN, 96));
        ticks.add(TickSeries.at("BBB", TUESDAY_OPEN, 49));
        ticks.add(TickSeries.at("AAA", TUESDAY_OPEN.plus(Duration.ofMinutes(10)), 96.5));
        ticks.add(TickSeries.at("BBB", TUESDAY_OPEN.plus(Duration.ofMinutes(10)), 49.5));
        return ticks;
    }

    /** Saturday and Sunday claims, a DAY note for Monday, a Monday-open release, a headline five minutes in. */
    static List<Headline> headlines() {
        return List.of(
                Headlines.id("sat").at(Instant.parse("2025-01-25T16:00:00Z")).kind(HeadlineKind.PUBLIC_FIGURE_CLAIM)
                        .actor("Someone").tickers("AAA").build(),
                Headlines.id("sun").at(Instant.parse("2025-01-26T20:00:00Z")).kind(HeadlineKind.MODEL_RELEASE)
                        .entities("acme").build(),
                Headlines.id("day").at(Instant.parse("2025-01-27T05:00:00Z")).precision(TimePrecision.DAY)
                        .kind(HeadlineKind.ANALYST_NOTE).tickers("AAA").build(),
                Headlines.id("open").at(MONDAY_OPEN).kind(HeadlineKind.MODEL_RELEASE).tickers("AAA").build(),
                Headlines.id("later").at(MONDAY_OPEN.plus(Duration.ofMinutes(5))).kind(HeadlineKind.MEDIA).tickers("AAA").build());
    }

    private static ReactionEventKey key(Instant windowStart, EventPrecision precision) {
        return new ReactionEventKey("AAA", windowStart, precision);
    }

    static <K, V> Map<K, V> latest(List<KeyValue<K, V>> records) {
        Map<K, V> latest = new LinkedHashMap<>();
        records.forEach(kv -> latest.put(kv.key, kv.value));
        return latest;
    }

    private record Run(Map<ReactionKey, MarketReaction> reactions, Map<ReactionEventKey, ReactionEvent> events,
            Map<CohortKey, CohortStats> stats) {
    }

    private static Run run(List<? extends SpecificRecord> input) {
        try (TopologyFixture fixture = new TopologyFixture(settings(), routing())) {
            fixture.pipe(input);
            return new Run(latest(fixture.output()), latest(fixture.events()), latest(fixture.stats()));
        }
    }

    static List<SpecificRecord> headlinesFirst() {
        List<SpecificRecord> all = new ArrayList<>(headlines());
        all.addAll(ticks());
        return all;
    }

    private static List<SpecificRecord> ticksFirst() {
        List<SpecificRecord> all = new ArrayList<>(ticks());
        all.addAll(headlines());
        return all;
    }

    /** Every record at its own time; a headline goes before ticks of the same instant. */
    private static List<SpecificRecord> interleaved() {
        List<SpecificRecord> all = new ArrayList<>(headlines());
        all.addAll(ticks());
        all.sort(Comparator.comparing(EventsTopologyTest::time).thenComparing(r -> r instanceof Tick));
        return all;
    }

    private static Instant time(SpecificRecord r) {
        return r instanceof Tick t ? t.getTs() : ((Headline) r).getPublishedAt();
    }

    @Test
    void shouldCollapseWeekendHeadlinesIntoOneEventAndKeepTheDayHeadlineApart() {
        Run run = run(interleaved());

        assertThat(run.events().keySet()).containsExactlyInAnyOrder(
                key(MONDAY_OPEN, EventPrecision.INTRADAY), key(MONDAY_OPEN, EventPrecision.DAY),
                key(MONDAY_OPEN.plus(Duration.ofMinutes(5)), EventPrecision.INTRADAY));
        ReactionEvent monday = run.events().get(key(MONDAY_OPEN, EventPrecision.INTRADAY));
        assertThat(monday.getHeadlineIds()).containsExactly("sat", "sun", "open");
        assertThat(monday.getLeadHeadlineId()).isEqualTo("sat");
        assertThat(monday.getHeadlineCount()).isEqualTo(3);
        assertThat(monday.getKinds()).containsExactly("MODEL_RELEASE", "PUBLIC_FIGURE_CLAIM");
        assertThat(monday.getActors()).containsExactly("Someone");
        assertThat(monday.getEntities()).containsExactly("acme");
        assertThat(monday.getStatus()).isEqualTo(ReactionStatus.FINAL);
        ReactionEvent day = run.events().get(key(MONDAY_OPEN, EventPrecision.DAY));
        assertThat(day.getHeadlineIds()).containsExactly("day");
        assertThat(day.getHorizons()).extracting(EventHorizon::getHorizon).containsExactly("PT6H30M");
    }

    @Test
    void shouldTakeTheEventsValuesFromItsMembersReactions() {
        Run run = run(interleaved());

        ReactionEvent monday = run.events().get(key(MONDAY_OPEN, EventPrecision.INTRADAY));
        for (String member : monday.getHeadlineIds()) {
            MarketReaction reaction = run.reactions().get(new ReactionKey(member, "AAA"));
            assertThat(reaction.getStatus()).isEqualTo(ReactionStatus.FINAL);
            assertThat(monday.getReferencePrice()).isEqualTo(reaction.getReferencePrice());
            for (int i = 0; i < HORIZONS.size(); i++) {
                HorizonReaction r = reaction.getHorizons().get(i);
                EventHorizon e = monday.getHorizons().get(i);
                assertThat(e.getHorizon()).isEqualTo(r.getHorizon());
                assertThat(e.getEndTime()).isEqualTo(r.getEndTime());
                assertThat(e.getLogReturn()).isEqualTo(r.getLogReturn());
                assertThat(e.getSimpleReturn()).isEqualTo(r.getSimpleReturn());
                assertThat(e.getAbnormalReturn()).isEqualTo(r.getAbnormalReturn());
                assertThat(e.getZScore()).isEqualTo(r.getZScore());
            }
        }
    }

    @Test
    void shouldCountConfoundersInclusiveOfTheHorizonEndAndPreEventNews() {
        Run run = run(interleaved());

        // the DAY event shares the open; the 09:35 event lies on the PT5M end exactly
        ReactionEvent monday = run.events().get(key(MONDAY_OPEN, EventPrecision.INTRADAY));
        assertThat(monday.getHorizons()).extracting(EventHorizon::getConfounders).containsExactly(1, 2, 2);
        assertThat(monday.getPreEventNews()).isZero();
        ReactionEvent later = run.events().get(key(MONDAY_OPEN.plus(Duration.ofMinutes(5)), EventPrecision.INTRADAY));
        assertThat(later.getHorizons()).extracting(EventHorizon::getConfounders).containsExactly(0, 0, 0);
        assertThat(later.getPreEventNews()).isEqualTo(2);
        ReactionEvent day = run.events().get(key(MONDAY_OPEN, EventPrecision.DAY));
        assertThat(day.getHorizons()).extracting(EventHorizon::getConfounders).containsExactly(2);
    }

    @Test
    void shouldComputeCohortsFromTheFinalEvents() {
        Run run = run(interleaved());
        Map<CohortKey, CohortStats> stats = run.stats();

        CohortStats all = stats.get(new CohortKey(CohortDimension.ALL, "*"));
        assertThat(all.getEvents()).isEqualTo(3);
        List<ReactionEvent> intraday = run.events().values().stream()
                .filter(e -> e.getPrecision() == EventPrecision.INTRADAY).toList();
        double ar1 = intraday.get(0).getHorizons().get(1).getAbnormalReturn();
        double ar2 = intraday.get(1).getHorizons().get(1).getAbnormalReturn();
        CohortBlock pt5m = all.getHorizons().get(1).getAll();
        assertThat(all.getHorizons().get(1).getHorizon()).isEqualTo("PT5M");
        assertThat(pt5m.getN()).isEqualTo(2);
        assertThat(pt5m.getMeanAbnormalReturn()).isCloseTo((ar1 + ar2) / 2, within(1e-15));
        double sd = Math.abs(ar1 - ar2) / Math.sqrt(2);
        assertThat(pt5m.getSdAbnormalReturn()).isCloseTo(sd, within(1e-12));
        assertThat(pt5m.getPositive()).isEqualTo((ar1 > 0 ? 1 : 0) + (ar2 > 0 ? 1 : 0));
        // only the 09:35 event is unconfounded at PT5M
        assertThat(all.getHorizons().get(1).getClean().getN()).isEqualTo(1);
        assertThat(all.getHorizons().get(1).getClean().getMeanAbnormalReturn()).isEqualTo(ar2);
        // one session: both intraday events and the DAY event
        assertThat(all.getHorizons().get(2).getAll().getN()).isEqualTo(3);

        assertThat(stats.get(new CohortKey(CohortDimension.KIND, "MODEL_RELEASE")).getEvents()).isEqualTo(1);
        assertThat(stats.get(new CohortKey(CohortDimension.KIND, "ANALYST_NOTE")).getEvents()).isEqualTo(1);
        assertThat(stats.get(new CohortKey(CohortDimension.ACTOR, "Someone")).getEvents()).isEqualTo(1);
        assertThat(stats.get(new CohortKey(CohortDimension.SYMBOL, "AAA")).getEvents()).isEqualTo(3);
    }

    @Test
    void shouldGiveTheSameFinalRecordsWhateverTheArrivalOrder() {
        Run interleaved = run(interleaved());
        Run headlinesFirst = run(headlinesFirst());
        Run ticksFirst = run(ticksFirst());

        assertThat(headlinesFirst.events()).isEqualTo(interleaved.events());
        assertThat(ticksFirst.events()).isEqualTo(interleaved.events());
        assertThat(headlinesFirst.stats()).isEqualTo(interleaved.stats());
        assertThat(ticksFirst.stats()).isEqualTo(interleaved.stats());
    }

    @Test
    void shouldAddAMemberArrivingAfterTheEventIsFinalAndMoveItIntoItsKindsCohort() {
        Headline late = Headlines.id("late").at(Instant.parse("2025-01-26T23:00:00Z")).kind(HeadlineKind.POLICY)
                .tickers("AAA").build();
        List<SpecificRecord> input = interleaved();
        input.add(late);
        Run before = run(interleaved());
        Run after = run(input);

        ReactionEvent monday = after.events().get(key(MONDAY_OPEN, EventPrecision.INTRADAY));
        assertThat(monday.getHeadlineIds()).containsExactly("sat", "sun", "late", "open");
        assertThat(monday.getKinds()).containsExactly("MODEL_RELEASE", "POLICY", "PUBLIC_FIGURE_CLAIM");
        assertThat(monday.getHorizons()).isEqualTo(before.events().get(key(MONDAY_OPEN, EventPrecision.INTRADAY)).getHorizons());
        CohortStats policy = after.stats().get(new CohortKey(CohortDimension.KIND, "POLICY"));
        assertThat(policy.getEvents()).isEqualTo(1);
        assertThat(policy.getHorizons().get(0).getAll().getN()).isEqualTo(1);
        assertThat(after.stats().get(new CohortKey(CohortDimension.ALL, "*")))
                .isEqualTo(before.stats().get(new CohortKey(CohortDimension.ALL, "*")));
        assertThat(after.stats().get(new CohortKey(CohortDimension.ALL, "*")).getEvents()).isEqualTo(3);
    }

    @Test
    void shouldKeepEventsStoreBoundedByTheHistoryRetention() {
        ReactionSettings retained = new ReactionSettings(new io.newsreaction.market.TwentyFourSevenCalendar(),
                List.of(Duration.ofMinutes(1)), Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofMinutes(5), 390, 30,
                Duration.ofMinutes(390), Duration.ofDays(2));

        long shortRun = eventsStored(retained, 10);
        long longRun = eventsStored(retained, 40);

        // one event every 6 hours; at most retention (2 days) plus one purge step (1 day) of them stay, and the clock entry
        assertThat(longRun).isEqualTo(shortRun).isLessThanOrEqualTo(14);
    }

    @Test
    void shouldKeepAnEventWaitingForItsReactionHoweverFarTheClockRunsAhead() {
        ReactionSettings retained = new ReactionSettings(new io.newsreaction.market.TwentyFourSevenCalendar(),
                List.of(Duration.ofMinutes(1)), Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofMinutes(5), 390, 30,
                Duration.ofMinutes(390), Duration.ofDays(2));
        try (TopologyFixture fixture = new TopologyFixture(retained, routing())) {
            // a backlog: both headlines are routed before any tick, so the events stage sees the
            // member 5 days ahead long before the first event's reaction
            fixture.pipe(List.of(Headlines.id("old").at(MONDAY_OPEN).tickers("AAA").build(),
                    Headlines.id("new").at(MONDAY_OPEN.plus(Duration.ofDays(5))).tickers("AAA").build()));
            List<SpecificRecord> ticks = new ArrayList<>();
            for (long offset : new long[] {-60, 30, 180}) {
                ticks.add(TickSeries.at("AAA", MONDAY_OPEN.plusSeconds(offset), 100 + offset / 60.0));
                ticks.add(TickSeries.at("BBB", MONDAY_OPEN.plusSeconds(offset), 50));
            }
            fixture.pipe(ticks);

            ReactionEvent old = latest(fixture.events()).get(key(MONDAY_OPEN, EventPrecision.INTRADAY));
            assertThat(old.getStatus()).isEqualTo(ReactionStatus.FINAL);
            assertThat(fixture.metrics.expiredEventInputs()).isZero();
            long stored;
            try (var it = fixture.driver().<org.apache.kafka.common.utils.Bytes, byte[]>getKeyValueStore(Names.EVENTS_STORE).all()) {
                stored = java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(it, 0), false).count();
            }
            assertThat(stored).as("settled now and older than the purge: gone; the new event and the clock stay").isEqualTo(2);
        }
    }

    @Test
    void shouldRefuseAHeadlineBeyondTheRetentionInsteadOfStartingItsEventAgain() {
        ReactionSettings retained = new ReactionSettings(new io.newsreaction.market.TwentyFourSevenCalendar(),
                List.of(Duration.ofMinutes(1)), Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofMinutes(5), 390, 30,
                Duration.ofMinutes(390), Duration.ofDays(2));
        TopologySettings settings = new TopologySettings(TopologyFixture.HEADLINES, TopologyFixture.TICKS, TopologyFixture.REACTIONS, 1,
                retained, routing());
        java.util.Properties dlq = io.newsreaction.runtime.StreamsProperties.errorHandling("dlq");
        try (TopologyFixture fixture = new TopologyFixture(settings, dlq)) {
            fixture.pipe(List.of(Headlines.id("old").at(MONDAY_OPEN).tickers("AAA").build(),
                    Headlines.id("new").at(MONDAY_OPEN.plus(Duration.ofDays(5))).tickers("AAA").build()));
            fixture.events();
            var deadLetters = fixture.driver().createOutputTopic("dlq", new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                    new org.apache.kafka.common.serialization.ByteArrayDeserializer());
            fixture.pipe(List.of(Headlines.id("late").at(MONDAY_OPEN).tickers("AAA").build()));

            assertThat(fixture.events()).isEmpty();
            assertThat(deadLetters.readRecordsToList()).as("refused by route-headlines (reaction.query-retention)").hasSize(1);
        }
    }

    private static long eventsStored(ReactionSettings settings, int days) {
        try (TopologyFixture fixture = new TopologyFixture(settings, routing())) {
            List<SpecificRecord> input = new ArrayList<>();
            for (int i = 0; i < days * 4; i++) {
                Instant t = MONDAY_OPEN.plus(Duration.ofHours(6L * i));
                input.add(Headlines.id("h" + i).at(t).tickers("AAA").build());
                // ticks that make the reaction final: only a settled event leaves the store
                for (long offset : new long[] {-60, 30, 180}) {
                    input.add(TickSeries.at("AAA", t.plusSeconds(offset), 100 + i % 3));
                    input.add(TickSeries.at("BBB", t.plusSeconds(offset), 50 + i % 2));
                }
            }
            fixture.pipe(input);
            long count = 0;
            try (var it = fixture.driver().<org.apache.kafka.common.utils.Bytes, byte[]>getKeyValueStore(Names.EVENTS_STORE).all()) {
                while (it.hasNext()) {
                    it.next();
                    count++;
                }
            }
            return count;
        }
    }

    @Test
    void shouldWriteNothingWhenAHeadlineIsSentAgainUnchanged() {
        try (TopologyFixture fixture = new TopologyFixture(settings(), routing())) {
            fixture.pipe(headlinesFirst());
            int reactions = fixture.output().size();
            int events = fixture.events().size();
            int stats = fixture.stats().size();
            assertThat(reactions).isPositive();
            assertThat(events).isPositive();

            fixture.pipe(headlines());

            assertThat(fixture.output()).as("reactions after the re-send").isEmpty();
            assertThat(fixture.events()).as("events after the re-send").isEmpty();
            assertThat(fixture.stats()).as("cohorts after the re-send").isEmpty();
            assertThat(stats).isPositive();
        }
    }

    @Test
    void shouldMoveAnEventBetweenCohortsWhenAHeadlineIsSentAgainChangedAndKeepItsFinalReactions() {
        try (TopologyFixture fixture = new TopologyFixture(settings(), routing())) {
            fixture.pipe(headlinesFirst());
            fixture.output();
            Map<ReactionEventKey, ReactionEvent> before = latest(fixture.events());
            Map<CohortKey, CohortStats> statsBefore = latest(fixture.stats());
            assertThat(before.get(key(MONDAY_OPEN, EventPrecision.INTRADAY)).getKinds()).contains("MODEL_RELEASE");

            fixture.pipe(List.of(Headlines.id("open").at(MONDAY_OPEN).kind(HeadlineKind.POLICY).tickers("AAA").build()));

            assertThat(fixture.output()).as("a FINAL reaction is not recomputed").isEmpty();
            ReactionEvent after = latest(fixture.events()).get(key(MONDAY_OPEN, EventPrecision.INTRADAY));
            // the weekend's "sun" release keeps MODEL_RELEASE among the kinds; "open" brings POLICY
            assertThat(after.getKinds()).containsExactlyInAnyOrder("PUBLIC_FIGURE_CLAIM", "MODEL_RELEASE", "POLICY");
            assertThat(statsBefore).doesNotContainKey(new CohortKey(CohortDimension.KIND, "POLICY"));
            assertThat(latest(fixture.stats()).get(new CohortKey(CohortDimension.KIND, "POLICY")).getEvents()).isEqualTo(1);
        }
    }
}
