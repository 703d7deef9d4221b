package io.newsreaction.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsreaction.market.TwentyFourSevenCalendar;
import io.newsreaction.market.XnysCalendar;
import io.newsreaction.reaction.ReactionSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplayPlannerTest {
    private static final ReplayPlanner XNYS = new ReplayPlanner(ReactionSettings.defaults(XnysCalendar.withDefaults()));
    private static final Instant MONDAY_OPEN = Instant.parse("2025-01-27T14:30:00Z");
    private static final ReplayWindow WEEK = new ReplayWindow(Instant.parse("2025-01-24T00:00:00Z"),
            Instant.parse("2025-01-30T00:00:00Z"), Set.of());

    @Test
    void shouldStartTicksSixSessionsBeforeTheAnchorSkippingTheWeekendAndMlkDay() {
        // L·Δ = 390 × 5 min = 5 sessions, plus max(pre-event 30 min, reference max age 390 min) = 1 session:
        // Fri 24, Thu 23, Wed 22, Tue 21, (Mon 20 closed), Fri 17, Thu 16 -> close of Wed 15, minus grace.
        assertThat(XNYS.ticksFrom(MONDAY_OPEN)).isEqualTo(Instant.parse("2025-01-15T20:59:00Z"));
    }

    @Test
    void shouldTreatAWeekendStartLikeTheNextOpen() {
        assertThat(XNYS.ticksFrom(Instant.parse("2025-01-25T12:00:00Z"))).isEqualTo(XNYS.ticksFrom(MONDAY_OPEN));
    }

    @Test
    void shouldReachBackToTheOpenOfTheStartDateForDayPrecisionHeadlines() {
        // a DAY headline published Wed 22 at 12:00 New York is anchored at that day's 09:30 open
        Instant midSession = Instant.parse("2025-01-22T17:00:00Z");
        assertThat(XNYS.ticksFrom(midSession)).isEqualTo(XNYS.ticksFrom(Instant.parse("2025-01-22T14:30:00Z")));
        // from the close of Tue 21: Fri 17, Thu 16, Wed 15, Tue 14, Mon 13, Fri 10 (Thu 9 closed, not reached)
        assertThat(XNYS.ticksFrom(midSession)).isEqualTo(Instant.parse("2025-01-10T20:59:00Z"));
    }

    @Test
    void shouldCountWallTimeOnA24x7Calendar() {
        ReactionSettings s = new ReactionSettings(TwentyFourSevenCalendar.instance(), List.of(Duration.ofMinutes(5)),
                Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofMinutes(5), 12, 3, Duration.ofMinutes(60),
                Duration.ofDays(1));
        // a DAY headline of 2025-01-27 is anchored at the start of that day: L·Δ + reference max age + grace before it
        Instant midnight = Instant.parse("2025-01-27T00:00:00Z");
        assertThat(new ReplayPlanner(s).ticksFrom(midnight.plusSeconds(12 * 3600)))
                .isEqualTo(midnight.minus(Duration.ofMinutes(60 + 60 + 1)));
    }

    @Test
    void shouldReadHeadlinesFromTheWindowStartMinusTheMargin() {
        assertThat(XNYS.headlinesFrom(MONDAY_OPEN)).isEqualTo(Instant.parse("2025-01-26T14:30:00Z"));
        assertThat(new ReplayPlanner(ReactionSettings.defaults(XnysCalendar.withDefaults()), Duration.ZERO)
                .headlinesFrom(MONDAY_OPEN)).isEqualTo(MONDAY_OPEN);
        ReactionSettings defaults = ReactionSettings.defaults(XnysCalendar.withDefaults());
        assertThatThrownBy(() -> new ReplayPlanner(defaults, Duration.ofDays(-1)))
                .hasMessage("headline margin must not be negative: PT-24H");
    }

    @Test
    void shouldPlanFromTheFirstOffsetAtTheSeekTimeToTheEndOffsets() {
        Instant seek = Instant.parse("2025-01-15T20:59:00Z");
        TopicSnapshot ticks = new TopicSnapshot("market.ticks", seek, List.of(
                new PartitionSnapshot(1, 0, 900, -1, -1, 1_000L),
                new PartitionSnapshot(0, 0, 5_000, 120, seek.toEpochMilli() + 5, seek.toEpochMilli() + 99)));
        TopicSnapshot headlines = new TopicSnapshot("news.headlines", XNYS.headlinesFrom(WEEK.from()),
                List.of(new PartitionSnapshot(0, 0, 0, -1, -1, -1)));

        ReplayPlan plan = XNYS.plan(WEEK, ticks, headlines);

        assertThat(plan.ticks()).containsExactly(
                new PartitionRange("market.ticks", 0, 120, 5_000, seek.toEpochMilli() + 5, seek.toEpochMilli() + 99),
                new PartitionRange("market.ticks", 1, 900, 900, -1, -1));
        assertThat(plan.tickRecords()).isEqualTo(4_880);
        assertThat(plan.headlineRecords()).isZero();
        assertThat(plan.warnings()).isEmpty();
        assertThat(plan.ticksFrom()).isEqualTo(seek);
    }

    @Test
    void shouldWarnWhenRetentionRemovedRecordsTheReplayNeeds() {
        Instant seek = Instant.parse("2025-01-15T20:59:00Z");
        long later = Instant.parse("2025-01-20T00:00:00Z").toEpochMilli();
        TopicSnapshot ticks = new TopicSnapshot("market.ticks", seek,
                List.of(new PartitionSnapshot(0, 300, 800, 300, later, later + 1)));
        TopicSnapshot headlines = new TopicSnapshot("news.headlines", seek, List.of());

        ReplayPlan plan = XNYS.plan(WEEK, ticks, headlines);

        assertThat(plan.ticks().get(0).fromOffset()).isEqualTo(300);
        assertThat(plan.warnings()).singleElement().asString()
                .contains("market.ticks-0 starts at offset 300").contains("retention");
    }

    @Test
    void shouldRenderOneLinePerPartitionWithOffsetsCountsAndSpan() {
        Instant seek = Instant.parse("2025-01-15T20:59:00Z");
        TopicSnapshot ticks = new TopicSnapshot("market.ticks", seek, List.of(new PartitionSnapshot(0, 0, 50, 10,
                Instant.parse("2025-01-24T14:30:00Z").toEpochMilli(), Instant.parse("2025-01-29T20:59:59Z").toEpochMilli())));
        TopicSnapshot headlines = new TopicSnapshot("news.headlines", seek, List.of(new PartitionSnapshot(0, 0, 7, 2,
                WEEK.from().toEpochMilli(), WEEK.from().toEpochMilli() + 1)));

        String text = XNYS.plan(WEEK, ticks, headlines).render();

        assertThat(text).contains("[2025-01-24T00:00:00Z, 2025-01-30T00:00:00Z), symbols all")
                .containsPattern("market\\.ticks-0 +10 +50 +40  2025-01-24T14:30:00Z \\.\\. 2025-01-29T20:59:59Z")
                .containsPattern("news\\.headlines-0 +2 +7 +5 ")
                .contains("total: 40 tick and 5 headline records to read");
    }
}
