package io.newsreaction.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsreaction.avro.HorizonReaction;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ModelMethod;
import io.newsreaction.avro.ReactionKey;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.avro.TimePrecision;
import io.newsreaction.fixtures.Headlines;
import io.newsreaction.fixtures.TickRecords;
import io.newsreaction.market.TwentyFourSevenCalendar;
import io.newsreaction.market.XnysCalendar;
import io.newsreaction.reaction.ReactionSettings;
import io.newsreaction.routing.RoutingSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;

class ReactionTopologyTest {
    private static final Instant T0 = Instant.parse("2025-01-27T15:30:00Z");
    private static final double EPS = 1e-12;

    /** 24x7 calendar, horizons PT1M and PT5M, grace PT1M: small enough to compute by hand. */
    private static ReactionSettings shortHorizons() {
        return new ReactionSettings(new TwentyFourSevenCalendar(), List.of(Duration.ofMinutes(1), Duration.ofMinutes(5)),
                Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofMinutes(5), 390, 30,
                Duration.ofMinutes(390), Duration.ofDays(14));
    }

    private static RoutingSettings routing() {
        return new RoutingSettings(Set.of(), "SPY", Map.of("AAA", "BBB", "CCC", "BBB", "DDD", "ZZZ"), Map.of("acme", List.of("AAA",
                "CCC")));
    }

    private static Instant at(String offset) {
        return T0.plus(Duration.parse(offset));
    }

    /** AAA and its benchmark BBB around a headline at T0; the last tick makes PT5M due. */
    private static List<SpecificRecord> ticks() {
        return List.of(
                TickRecords.of("AAA").at(at("-PT1M")).price(100).size(10).build(),
                TickRecords.of("BBB").at(at("-PT30S")).price(50).size(1).build(),
                TickRecords.of("AAA").at(at("PT30S")).price(102).size(20).build(),
                TickRecords.of("AAA").at(at("PT1M")).price(101).size(30).build(),
                TickRecords.of("AAA").at(at("PT3M")).price(99).size(40).build(),
                TickRecords.of("BBB").at(at("PT4M")).price(51).size(1).build(),
                TickRecords.of("AAA").at(at("PT6M")).price(103).size(5).build());
    }

    private static List<SpecificRecord> with(SpecificRecord first, List<SpecificRecord> rest) {
        List<SpecificRecord> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    @Test
    void shouldEmitOneRevisionPerHorizonThenFinal() {
        try (TopologyFixture fixture = new TopologyFixture(shortHorizons(), routing())) {
            List<KeyValue<ReactionKey, MarketReaction>> out = fixture
                    .pipe(with(Headlines.id("h1").at(T0).tickers("AAA").build(), ticks())).output();

            assertThat(out).hasSize(2);
            MarketReaction first = out.get(0).value;
            assertThat(out.get(0).key).isEqualTo(new ReactionKey("h1", "AAA"));
            assertThat(first.getStatus()).isEqualTo(ReactionStatus.PROVISIONAL);
            assertThat(first.getRevision()).isZero();
            assertThat(first.getBenchmark()).isEqualTo("BBB");
            assertThat(first.getReferencePrice()).isEqualTo(100.0);
            assertThat(first.getReferenceTime()).isEqualTo(at("-PT1M"));
            assertThat(first.getPreEventReturn()).isNull();
            HorizonReaction m1 = first.getHorizons().get(0);
            assertThat(m1.getHorizon()).isEqualTo("PT1M");
            assertThat(m1.getEndTime()).isEqualTo(at("PT1M"));
            assertThat(m1.getPrice()).isEqualTo(101.0);
            assertThat(m1.getLogReturn()).isCloseTo(StrictMath.log(101.0 / 100.0), within(EPS));
            assertThat(m1.getVolume()).isEqualTo(50);
            assertThat(m1.getVwap()).isCloseTo((102.0 * 20 + 101.0 * 30) / 50, within(EPS));
            assertThat(m1.getTickCount()).isEqualTo(2);
            assertThat(m1.getBenchmarkLogReturn()).isEqualTo(0.0);
            assertThat(m1.getAbnormalReturn()).isCloseTo(StrictMath.log(1.01), within(EPS));
            assertThat(m1.getZScore()).isNull();
            assertThat(first.getRunUp()).isCloseTo(StrictMath.log(1.02), within(EPS));
            assertThat(first.getDrawdown()).isCloseTo(StrictMath.log(1.01), within(EPS));
            assertThat(first.getMarketModel().getMethod()).isEqualTo(ModelMethod.MARKET_ADJUSTED);

            MarketReaction last = out.get(1).value;
            assertThat(last.getStatus()).isEqualTo(ReactionStatus.FINAL);
            assertThat(last.getRevision()).isEqualTo(1);
            assertThat(last.getHorizons()).hasSize(2);
            assertThat(last.getHorizons().get(0)).isEqualTo(m1);
            HorizonReaction m5 = last.getHorizons().get(1);
            assertThat(m5.getPrice()).isEqualTo(99.0);
            assertThat(m5.getPriceTime()).isEqualTo(at("PT3M"));
            assertThat(m5.getVolume()).isEqualTo(90);
            assertThat(m5.getBenchmarkLogReturn()).isCloseTo(StrictMath.log(51.0 / 50.0), within(EPS));
            assertThat(m5.getAbnormalReturn()).isCloseTo(StrictMath.log(0.99) - StrictMath.log(51.0 / 50.0), within(EPS));
            assertThat(last.getDrawdown()).isCloseTo(StrictMath.log(0.99), within(EPS));
            assertThat(last.getSettingsHash()).isEqualTo("be4cc4010eb0f52b");
        }
    }

    @Test
    void shouldGiveTheSameReactionsWhateverTheArrivalOrder() {
        SpecificRecord headline = Headlines.id("h1").at(T0).entities("Acme").build();
        List<SpecificRecord> headlineFirst = with(headline, ticks());
        List<SpecificRecord> ticksFirst = new ArrayList<>(ticks());
        ticksFirst.add(headline);
        List<SpecificRecord> interleaved = new ArrayList<>(ticks());
        interleaved.add(2, headline);

        List<String> a = sorted(run(headlineFirst));
        List<String> b = sorted(run(ticksFirst));
        List<String> c = sorted(run(interleaved));
        assertThat(a).hasSize(3).isEqualTo(b).isEqualTo(c);
    }

    @Test
    void shouldIncludeOutOfOrderTicksWithinGraceAndDropLateOnes() {
        List<SpecificRecord> input = new ArrayList<>(List.of(
                Headlines.id("h1").at(T0).tickers("AAA").build(),
                TickRecords.of("AAA").at(at("-PT1M")).price(100).build(),
                TickRecords.of("AAA").at(at("PT1M30S")).price(104).build(),
                TickRecords.of("AAA").at(at("PT45S")).price(103).build(),
                TickRecords.of("AAA").at(at("PT2M30S")).price(105).build(),
                TickRecords.of("AAA").at(at("PT1M")).price(90).build()));
        try (TopologyFixture fixture = new TopologyFixture(shortHorizons(), routing())) {
            List<KeyValue<ReactionKey, MarketReaction>> out = fixture.pipe(input).output();
            HorizonReaction m1 = out.get(0).value.getHorizons().get(0);
            assertThat(m1.getPrice()).isEqualTo(103.0);
            assertThat(fixture.metrics.lateTicks()).isEqualTo(1);
            assertThat(fixture.metrics.lastLateTick()).startsWith(TopologyFixture.TICKS + "-0@");
        }
    }

    @Test
    void shouldTreatATickAtExactlyTickTimeMinusGraceAsLate() {
        // Tick time T0+2m = end(PT1M) + grace makes PT1M due; a tick then at exactly T0+1m (the
        // horizon's end) would have changed PT1M had it come first, so it is late and changes nothing.
        List<SpecificRecord> input = List.of(
                Headlines.id("edge").at(T0).tickers("AAA").build(),
                TickRecords.of("AAA").at(at("-PT1M")).price(100).size(1).build(),
                TickRecords.of("AAA").at(at("PT2M")).price(110).size(1).build(),
                TickRecords.of("AAA").at(at("PT1M")).price(120).size(7).build(),
                TickRecords.of("AAA").at(at("PT1M0.001S")).price(130).size(9).build(),
                TickRecords.of("AAA").at(at("PT7M")).price(111).size(1).build());
        try (TopologyFixture fixture = new TopologyFixture(shortHorizons(), routing())) {
            List<KeyValue<ReactionKey, MarketReaction>> out = fixture.pipe(input).output();
            assertThat(fixture.metrics.lateTicks()).as("the tick at T0+1m, not the one a millisecond later").isEqualTo(1);
            HorizonReaction m1 = out.get(0).value.getHorizons().get(0);
            assertThat(m1.getPrice()).isEqualTo(100.0);
            HorizonReaction m5 = out.get(out.size() - 1).value.getHorizons().get(1);
            assertThat(m5.getTickCount()).as("T0+1m0.001s and T0+2m, not T0+1m").isEqualTo(2);
            assertThat(m5.getVolume()).isEqualTo(10L);
        }
    }

    @Test
    void shouldReportNoReferenceOnceWhenNoTickPrecedesTheHeadline() {
        List<SpecificRecord> input = List.of(
                Headlines.id("h2").at(T0).tickers("CCC").build(),
                TickRecords.of("BBB").at(at("-PT1M")).price(50).build(),
                TickRecords.of("CCC").at(at("PT30S")).price(10).build(),
                TickRecords.of("CCC").at(at("PT10M")).price(11).build());
        try (TopologyFixture fixture = new TopologyFixture(shortHorizons(), routing())) {
            List<KeyValue<ReactionKey, MarketReaction>> out = fixture.pipe(input).output();
            assertThat(out).hasSize(1);
            MarketReaction r = out.get(0).value;
            assertThat(r.getStatus()).isEqualTo(ReactionStatus.NO_REFERENCE);
            assertThat(r.getRevision()).isZero();
            assertThat(r.getHorizons()).isEmpty();
            assertThat(r.getReferencePrice()).isNull();
        }
    }

    @Test
    void shouldReportOwnReturnsWithNullBenchmarkFieldsWhenBenchmarkHasNoReference() {
        List<SpecificRecord> input = List.of(
                Headlines.id("h3").at(T0).tickers("DDD").build(),
                TickRecords.of("DDD").at(at("-PT1M")).price(20).build(),
                TickRecords.of("DDD").at(at("PT2M")).price(21).build(),
                TickRecords.of("DDD").at(at("PT7M")).price(22).build());
        try (TopologyFixture fixture = new TopologyFixture(shortHorizons(), routing())) {
            List<KeyValue<ReactionKey, MarketReaction>> out = fixture.pipe(input).output();
            assertThat(out).extracting(kv -> kv.value.getStatus())
                    .containsExactly(ReactionStatus.PROVISIONAL, ReactionStatus.FINAL);
            MarketReaction last = out.get(1).value;
            assertThat(last.getMarketModel()).isNull();
            assertThat(last.getHorizons()).allSatisfy(h -> {
                assertThat(h.getBenchmarkLogReturn()).isNull();
                assertThat(h.getAbnormalReturn()).isNull();
                assertThat(h.getZScore()).isNull();
            });
            assertThat(last.getHorizons().get(1).getLogReturn()).isCloseTo(StrictMath.log(21.0 / 20.0), within(EPS));
        }
    }

    @Test
    void shouldFanOutToEverySymbolAnEntityMapsTo() {
        try (TopologyFixture fixture = new TopologyFixture(shortHorizons(), routing())) {
            List<SpecificRecord> input = new ArrayList<>(ticks());
            input.add(0, TickRecords.of("CCC").at(at("-PT2M")).price(10).build());
            input.add(0, Headlines.id("h4").at(T0).entities("ACME").build());
            List<KeyValue<ReactionKey, MarketReaction>> out = fixture.pipe(input).output();
            assertThat(out).extracting(kv -> kv.key.getSymbol()).containsOnly("AAA", "CCC");
            assertThat(out).filteredOn(kv -> kv.value.getStatus() == ReactionStatus.FINAL).hasSize(2);
            assertThat(fixture.metrics.headlinesRouted()).isEqualTo(1);
        }
    }

    @Test
    void shouldComputeALateHeadlineFromRetainedHistory() {
        try (TopologyFixture fixture = new TopologyFixture(shortHorizons(), routing())) {
            List<SpecificRecord> input = new ArrayList<>(ticks());
            input.add(TickRecords.of("AAA").at(at("PT2H")).price(110).build());
            input.add(Headlines.id("late").at(T0).tickers("AAA").build());
            List<KeyValue<ReactionKey, MarketReaction>> out = fixture.pipe(input).output();
            assertThat(out).extracting(kv -> kv.value.getRevision()).containsExactly(0, 1);
            assertThat(out.get(1).value.getHorizons().get(1).getPrice()).isEqualTo(99.0);
        }
    }

    @Test
    void shouldPlaceDayPrecisionHeadlineAtTheNextOpenAndReportOneSessionOnly() {
        Instant friday = Instant.parse("2025-01-24T20:59:59Z");
        Instant monday = Instant.parse("2025-01-27T20:59:59Z");
        List<SpecificRecord> input = List.of(
                Headlines.id("day").at(Instant.parse("2025-01-25T05:00:00Z")).precision(TimePrecision.DAY).tickers("NVDA").build(),
                TickRecords.of("NVDA").at(friday).price(142.605).build(),
                TickRecords.of("QQQ").at(friday).price(521.0).build(),
                TickRecords.of("NVDA").at(Instant.parse("2025-01-27T14:30:00Z")).price(124.8).build(),
                TickRecords.of("NVDA").at(monday).price(118.51).build(),
                TickRecords.of("QQQ").at(monday).price(506.0).build(),
                TickRecords.of("NVDA").at(Instant.parse("2025-01-27T21:05:00Z")).price(118.0).build());
        RoutingSettings routing = new RoutingSettings(Set.of(), "SPY", Map.of("NVDA", "QQQ"), Map.of());
        try (TopologyFixture fixture = new TopologyFixture(ReactionSettings.defaults(XnysCalendar.withDefaults()), routing)) {
            List<KeyValue<ReactionKey, MarketReaction>> out = fixture.pipe(input).output();
            assertThat(out).hasSize(1);
            MarketReaction r = out.get(0).value;
            assertThat(r.getStatus()).isEqualTo(ReactionStatus.FINAL);
            assertThat(r.getRevision()).isZero();
            assertThat(r.getReferencePrice()).isEqualTo(142.605);
            HorizonReaction session = r.getHorizons().get(0);
            assertThat(session.getHorizon()).isEqualTo("PT6H30M");
            assertThat(session.getEndTime()).isEqualTo(Instant.parse("2025-01-27T21:00:00Z"));
            assertThat(session.getSimpleReturn()).isCloseTo(118.51 / 142.605 - 1, within(1e-12));
            assertThat(session.getTickCount()).isEqualTo(2);
        }
    }

    private static List<KeyValue<ReactionKey, MarketReaction>> run(List<SpecificRecord> input) {
        try (TopologyFixture fixture = new TopologyFixture(shortHorizons(), routing())) {
            return fixture.pipe(input).output();
        }
    }

    private static List<String> sorted(List<KeyValue<ReactionKey, MarketReaction>> records) {
        return records.stream().map(kv -> kv.key + " " + kv.value)
                .sorted(Comparator.naturalOrder()).toList();
    }
}
