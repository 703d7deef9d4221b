package io.newsreaction.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.Tick;
import io.newsreaction.fixtures.Reactions;
import io.newsreaction.fixtures.TickSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartDataTest {

    private static final Duration ONE_MINUTE = Duration.ofMinutes(1);
    private static final String FRIDAY_CLOSE = "2025-01-24T20:50:00Z";
    private static final String MONDAY_OPEN = "2025-01-27T14:30:00Z";

    @Test
    void shouldKeepTheLastPricePerFiveMinutesIndexedToTheFirst() {
        List<Tick> ticks = TickSeries.of("NVDA").from(MONDAY_OPEN).every(ONE_MINUTE)
                .prices(210, 201, 202, 203, 200, 190, 191, 192, 193, 180);

        ChartData chart = chart(Map.of("NVDA", ticks), List.of());

        assertThat(chart.buckets()).containsExactly(
                Instant.parse(MONDAY_OPEN), Instant.parse("2025-01-27T14:35:00Z"));
        assertThat(chart.symbol()).containsExactly(100.0, 90.0);
        assertThat(chart.benchmark()).containsOnlyNulls();
    }

    @Test
    void shouldDropBucketsWithoutTicksSoClosedMarketsTakeNoSpace() {
        List<Tick> ticks = new ArrayList<>(TickSeries.of("NVDA").from(FRIDAY_CLOSE).every(Duration.ofMinutes(5))
                .prices(146, 147));
        ticks.addAll(TickSeries.of("NVDA").from(MONDAY_OPEN).prices(125));

        ChartData chart = chart(Map.of("NVDA", ticks), List.of());

        assertThat(chart.buckets()).hasSize(3);
        assertThat(chart.buckets().get(2)).isEqualTo(Instant.parse(MONDAY_OPEN));
    }

    @Test
    void shouldCarryTheBenchmarkForwardWhereOnlyTheSymbolTraded() {
        Map<String, List<Tick>> ticks = Map.of(
                "NVDA", TickSeries.of("NVDA").from(MONDAY_OPEN).prices(100, 101, 102),
                "QQQ", List.of(TickSeries.at("QQQ", Instant.parse(MONDAY_OPEN), 500),
                        TickSeries.at("QQQ", Instant.parse("2025-01-27T14:40:00Z"), 495)));

        ChartData chart = chart(ticks, List.of());

        assertThat(chart.benchmark()).containsExactly(100.0, 100.0, 99.0);
    }

    @Test
    void shouldChartOnlyTicksInsideTheWindowAndTheSession() {
        List<Tick> ticks = TickSeries.of("NVDA").from("2025-01-23T23:55:00Z").every(Duration.ofMinutes(5))
                .prices(1, 2, 3, 4);
        long excluded = Instant.parse("2025-01-24T00:05:00Z").toEpochMilli();
        ReportInput input = ReportInput.of(List.of(), Map.of("NVDA", ticks), Map.of(), List.of())
                .withSessionFilter(ts -> ts != excluded);

        ChartData chart = ChartData.of(input, "NVDA", null, List.of());

        assertThat(chart.symbol()).containsExactly(100.0, 200.0);
    }

    @Test
    void shouldPlaceAHeadlineFromTheClosedMarketAtTheNextBucketWithTicks() {
        List<Tick> ticks = new ArrayList<>(TickSeries.of("NVDA").from(FRIDAY_CLOSE).prices(146));
        ticks.addAll(TickSeries.of("NVDA").from(MONDAY_OPEN).prices(125, 124));
        MarketReaction weekend = Reactions.forSymbol("NVDA").headline("weekend").actor("Analyst")
                .publishedAt("2025-01-26T18:00:00Z").title("DeepSeek tops the App Store").build();
        MarketReaction intraday = Reactions.forSymbol("NVDA").headline("intraday")
                .publishedAt("2025-01-27T14:37:00Z").build();
        MarketReaction other = Reactions.forSymbol("AMD").headline("weekend").build();

        ChartData chart = chart(Map.of("NVDA", ticks), List.of(weekend, intraday, other));

        assertThat(chart.markers()).containsExactly(
                new ChartData.Marker(1, "2025-01-26 18:00 UTC  Analyst: DeepSeek tops the App Store"),
                new ChartData.Marker(2, "2025-01-27 14:37 UTC  DeepSeek releases R1"));
    }

    private static ChartData chart(Map<String, List<Tick>> ticks, List<MarketReaction> reactions) {
        ReportInput input = ReportInput.of(reactions, ticks, Map.of("NVDA", "QQQ"), List.of());
        return ChartData.of(input, "NVDA", "QQQ", ReactionTable.latestPerKey(reactions));
    }
}
