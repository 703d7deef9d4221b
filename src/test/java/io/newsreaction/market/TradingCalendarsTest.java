package io.newsreaction.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TradingCalendarsTest {

    @Test
    void shouldBuildCalendarsByName() {
        assertThat(TradingCalendars.byName("XNYS")).isSameAs(XnysCalendar.withDefaults());
        assertThat(TradingCalendars.byName("xnys").name()).isEqualTo("XNYS");
        assertThat(TradingCalendars.byName("24x7")).isInstanceOf(TwentyFourSevenCalendar.class);
        TradingCalendar custom = TradingCalendars.byName("XNYS", Set.of(LocalDate.of(2025, 1, 27)), Set.of());
        assertThat(custom.describe()).contains("holidays=[2025-01-27]");
    }

    @Test
    void shouldRejectAnUnknownName() {
        assertThatThrownBy(() -> TradingCalendars.byName("XLON", Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown trading calendar: 'XLON' (expected XNYS or 24x7)");
    }
}
