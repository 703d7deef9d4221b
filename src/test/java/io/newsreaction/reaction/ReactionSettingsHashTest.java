package io.newsreaction.reaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.market.TwentyFourSevenCalendar;
import io.newsreaction.market.XnysCalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The settings hash every reaction carries: a fixed value per settings, changed by each value-shaping setting. */
class ReactionSettingsHashTest {

    private static ReactionSettings base() {
        return new ReactionSettings(new TwentyFourSevenCalendar(), List.of(Duration.ofMinutes(1), Duration.ofMinutes(5)),
                Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofMinutes(5), 390, 30,
                Duration.ofMinutes(390), Duration.ofDays(14));
    }

    @Test
    void shouldStayTheSameValueAcrossReleases() {
        // first 8 bytes of SHA-256("24x7;zone=UTC|[PT1M, PT5M]|PT1M|PT30M|PT5M|390|30|PT6H30M"), computed with sha256sum:
        // a replay of old output compares equal only while this value holds
        assertThat(base().settingsHash()).isEqualTo("be4cc4010eb0f52b");
    }

    @Test
    void shouldChangeWithEverySettingThatShapesValues() {
        ReactionSettings b = base();
        List<ReactionSettings> variants = List.of(
                new ReactionSettings(XnysCalendar.withDefaults(), b.horizons(), b.grace(), b.preEvent(), b.estimationInterval(),
                        b.estimationLength(), b.minObservations(), b.referenceMaxAge(), b.historyRetention()),
                new ReactionSettings(b.calendar(), List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), b.grace(), b.preEvent(),
                        b.estimationInterval(), b.estimationLength(), b.minObservations(), b.referenceMaxAge(), b.historyRetention()),
                new ReactionSettings(b.calendar(), b.horizons(), Duration.ofMinutes(2), b.preEvent(), b.estimationInterval(),
                        b.estimationLength(), b.minObservations(), b.referenceMaxAge(), b.historyRetention()),
                new ReactionSettings(b.calendar(), b.horizons(), b.grace(), Duration.ofMinutes(60), b.estimationInterval(),
                        b.estimationLength(), b.minObservations(), b.referenceMaxAge(), b.historyRetention()),
                new ReactionSettings(b.calendar(), b.horizons(), b.grace(), b.preEvent(), Duration.ofMinutes(1),
                        b.estimationLength(), b.minObservations(), b.referenceMaxAge(), b.historyRetention()),
                new ReactionSettings(b.calendar(), b.horizons(), b.grace(), b.preEvent(), b.estimationInterval(),
                        200, b.minObservations(), b.referenceMaxAge(), b.historyRetention()),
                new ReactionSettings(b.calendar(), b.horizons(), b.grace(), b.preEvent(), b.estimationInterval(),
                        b.estimationLength(), 40, b.referenceMaxAge(), b.historyRetention()),
                new ReactionSettings(b.calendar(), b.horizons(), b.grace(), b.preEvent(), b.estimationInterval(),
                        b.estimationLength(), b.minObservations(), Duration.ofMinutes(60), b.historyRetention()));

        assertThat(variants).extracting(ReactionSettings::settingsHash).doesNotContain(b.settingsHash()).doesNotHaveDuplicates();
    }

    @Test
    void shouldChangeWithTheCalendarsHolidays() {
        XnysCalendar extraHoliday = new XnysCalendar(
                union(XnysCalendar.defaultHolidays(), LocalDate.of(2025, 1, 27)), XnysCalendar.defaultHalfDays());
        ReactionSettings defaults = ReactionSettings.defaults(XnysCalendar.withDefaults());

        assertThat(ReactionSettings.defaults(extraHoliday).settingsHash()).isNotEqualTo(defaults.settingsHash());
    }

    @Test
    void shouldIgnoreHowLongHistoryIsKept() {
        ReactionSettings b = base();
        ReactionSettings longer = new ReactionSettings(b.calendar(), b.horizons(), b.grace(), b.preEvent(), b.estimationInterval(),
                b.estimationLength(), b.minObservations(), b.referenceMaxAge(), Duration.ofDays(30));

        assertThat(longer.settingsHash()).isEqualTo(b.settingsHash());
    }

    private static Set<LocalDate> union(Set<LocalDate> days, LocalDate extra) {
        java.util.Set<LocalDate> all = new java.util.TreeSet<>(days);
        all.add(extra);
        return all;
    }
}
