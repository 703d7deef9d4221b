package io.newsreaction.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TwentyFourSevenCalendarTest {

    private static final TradingCalendar CALENDAR = TwentyFourSevenCalendar.instance();
    private static final long SATURDAY = Instant.parse("2025-01-25T15:00:00Z").toEpochMilli();

    @Test
    void shouldUseWallTimeAsTradingTime() {
        assertThat(CALENDAR.name()).isEqualTo("24x7");
        assertThat(CALENDAR.isInSession(SATURDAY)).isTrue();
        assertThat(CALENDAR.tradingTime(SATURDAY)).isEqualTo(SATURDAY);
        assertThat(CALENDAR.wall(SATURDAY)).isEqualTo(SATURDAY);
    }

    @Test
    void shouldOpenEachDayAtMidnightUtc() {
        assertThat(CALENDAR.sessionOpen(LocalDate.of(2025, 1, 25)))
                .isEqualTo(Instant.parse("2025-01-25T00:00:00Z").toEpochMilli());
        assertThat(CALENDAR.describe()).isEqualTo("24x7;zone=UTC");
    }
}
