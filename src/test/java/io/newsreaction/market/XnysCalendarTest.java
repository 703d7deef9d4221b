package io.newsreaction.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class XnysCalendarTest {

    private static final long MINUTE = 60_000L;
    private static final long SESSION = 390 * MINUTE;
    private static final XnysCalendar XNYS = XnysCalendar.withDefaults();

    private static long ms(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    private static long tt(String iso) {
        return XNYS.tradingTime(ms(iso));
    }

    @Test
    void shouldOpenAndCloseInclusiveExclusive() {
        assertThat(XNYS.isInSession(ms("2025-01-27T14:29:59.999Z"))).isFalse();
        assertThat(XNYS.isInSession(ms("2025-01-27T14:30:00Z"))).isTrue();
        assertThat(XNYS.isInSession(ms("2025-01-27T20:59:59.999Z"))).isTrue();
        assertThat(XNYS.isInSession(ms("2025-01-27T21:00:00Z"))).isFalse();
    }

    @Test
    void shouldCountOneFullSessionPerRegularDay() {
        assertThat(tt("2025-01-27T21:00:00Z") - tt("2025-01-27T14:30:00Z")).isEqualTo(SESSION);
        assertThat(tt("2025-01-27T15:00:00Z") - tt("2025-01-27T14:30:00Z")).isEqualTo(30 * MINUTE);
        // Monday open to Saturday: five sessions.
        assertThat(tt("2025-02-01T12:00:00Z") - tt("2025-01-27T14:30:00Z")).isEqualTo(5 * SESSION);
    }

    @Test
    void shouldBeClosedOnTheNationalDayOfMourning() {
        assertThat(XNYS.isInSession(ms("2025-01-09T16:00:00Z"))).isFalse();
        assertThat(tt("2025-01-10T14:30:00Z")).isEqualTo(tt("2025-01-08T21:00:00Z"));
        assertThat(XNYS.sessionOpen(LocalDate.of(2025, 1, 9))).isEqualTo(ms("2025-01-10T14:30:00Z"));
    }

    @Test
    void shouldBeClosedOnMartinLutherKingDay() {
        assertThat(XNYS.isInSession(ms("2025-01-20T16:00:00Z"))).isFalse();
        assertThat(tt("2025-01-21T14:31:00Z") - tt("2025-01-17T20:59:00Z")).isEqualTo(2 * MINUTE);
        assertThat(XNYS.sessionOpen(LocalDate.of(2025, 1, 18))).isEqualTo(ms("2025-01-21T14:30:00Z"));
    }

    @Test
    void shouldCloseAtOnePmOnHalfDays() {
        assertThat(XNYS.isInSession(ms("2024-11-29T17:59:59.999Z"))).isTrue();
        assertThat(XNYS.isInSession(ms("2024-11-29T18:00:00Z"))).isFalse();
        assertThat(tt("2024-11-29T21:00:00Z") - tt("2024-11-29T14:30:00Z")).isEqualTo(210 * MINUTE);
        // 2025-07-03 is in summer time: 13:00 EDT is 17:00Z.
        assertThat(XNYS.isInSession(ms("2025-07-03T16:59:59Z"))).isTrue();
        assertThat(XNYS.isInSession(ms("2025-07-03T17:00:00Z"))).isFalse();
    }

    @Test
    void shouldFollowDaylightSavingInMarch() {
        // Clocks spring forward on Sunday 2025-03-09.
        assertThat(XNYS.sessionOpen(LocalDate.of(2025, 3, 7))).isEqualTo(ms("2025-03-07T14:30:00Z"));
        assertThat(XNYS.sessionOpen(LocalDate.of(2025, 3, 8))).isEqualTo(ms("2025-03-10T13:30:00Z"));
        assertThat(XNYS.isInSession(ms("2025-03-10T13:29:59.999Z"))).isFalse();
        assertThat(XNYS.isInSession(ms("2025-03-10T19:59:59.999Z"))).isTrue();
        assertThat(XNYS.isInSession(ms("2025-03-10T20:00:00Z"))).isFalse();
        assertThat(tt("2025-03-10T13:30:00Z")).isEqualTo(tt("2025-03-07T21:00:00Z"));
    }

    @Test
    void shouldFollowDaylightSavingInNovember() {
        // Clocks fall back on Sunday 2025-11-02.
        assertThat(XNYS.isInSession(ms("2025-10-31T13:30:00Z"))).isTrue();
        assertThat(XNYS.isInSession(ms("2025-10-31T20:00:00Z"))).isFalse();
        assertThat(XNYS.isInSession(ms("2025-11-03T14:29:59.999Z"))).isFalse();
        assertThat(XNYS.isInSession(ms("2025-11-03T14:30:00Z"))).isTrue();
        assertThat(tt("2025-11-03T15:30:00Z") - tt("2025-10-31T19:30:00Z")).isEqualTo(90 * MINUTE);
    }

    @Test
    void shouldKeepTradingTimeFlatOverTheWeekend() {
        long fridayClose = tt("2025-01-24T21:00:00Z");
        assertThat(XNYS.isInSession(ms("2025-01-25T15:00:00Z"))).isFalse();
        assertThat(tt("2025-01-25T15:00:00Z")).isEqualTo(fridayClose);
        assertThat(tt("2025-01-27T02:00:00Z")).isEqualTo(fridayClose);
        assertThat(tt("2025-01-27T14:30:00Z")).isEqualTo(fridayClose);
        assertThat(tt("2025-01-27T14:30:00.001Z")).isEqualTo(fridayClose + 1);
    }

    @Test
    void shouldMapASessionBoundaryToThePreviousClose() {
        assertThat(XNYS.wall(tt("2025-01-27T14:30:00Z"))).isEqualTo(ms("2025-01-24T21:00:00Z"));
        assertThat(XNYS.wall(tt("2025-01-25T15:00:00Z"))).isEqualTo(ms("2025-01-24T21:00:00Z"));
        assertThat(XNYS.wall(tt("2025-01-24T21:00:00Z"))).isEqualTo(ms("2025-01-24T21:00:00Z"));
        assertThat(XNYS.wall(tt("2025-01-24T21:00:00Z") + 1)).isEqualTo(ms("2025-01-27T14:30:00.001Z"));
        // Over MLK day and the half-day close.
        assertThat(XNYS.wall(tt("2025-01-21T14:30:00Z"))).isEqualTo(ms("2025-01-17T21:00:00Z"));
        assertThat(XNYS.wall(tt("2024-11-29T20:00:00Z"))).isEqualTo(ms("2024-11-29T18:00:00Z"));
    }

    @Test
    void shouldInvertTradingTimeInsideSessions() {
        for (String iso : new String[] {"2025-01-27T14:30:00.001Z", "2025-01-27T17:45:12.345Z",
            "2025-01-27T20:59:59.999Z", "2025-03-10T13:31:00Z", "2024-11-29T17:59:59Z", "2025-11-03T20:00:00Z"}) {
            assertThat(XNYS.wall(XNYS.tradingTime(ms(iso)))).as(iso).isEqualTo(ms(iso));
        }
    }

    @Test
    void shouldMoveSessionOpenToTheNextSessionFromAWeekend() {
        assertThat(XNYS.sessionOpen(LocalDate.of(2025, 1, 25))).isEqualTo(ms("2025-01-27T14:30:00Z"));
        assertThat(XNYS.sessionOpen(LocalDate.of(2025, 1, 27))).isEqualTo(ms("2025-01-27T14:30:00Z"));
        assertThat(XNYS.sessionOpen(LocalDate.of(2024, 11, 29))).isEqualTo(ms("2024-11-29T14:30:00Z"));
    }

    @Test
    void shouldShipTheOfficialDefaultLists() {
        assertThat(XnysCalendar.defaultHolidays()).hasSize(41).contains(
                LocalDate.of(2025, 1, 9), LocalDate.of(2025, 1, 20), LocalDate.of(2026, 7, 3),
                LocalDate.of(2027, 6, 18), LocalDate.of(2027, 12, 24)).doesNotContain(LocalDate.of(2027, 12, 31));
        assertThat(XnysCalendar.defaultHalfDays()).containsExactlyInAnyOrder(
                LocalDate.of(2024, 7, 3), LocalDate.of(2024, 11, 29), LocalDate.of(2024, 12, 24),
                LocalDate.of(2025, 7, 3), LocalDate.of(2025, 11, 28), LocalDate.of(2025, 12, 24),
                LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 24), LocalDate.of(2027, 11, 26));
    }

    @Test
    void shouldTakeHolidaysFromConfiguration() {
        XnysCalendar custom = new XnysCalendar(Set.of(LocalDate.of(2025, 1, 27)), Set.of(LocalDate.of(2025, 1, 28)));
        assertThat(custom.isInSession(ms("2025-01-27T16:00:00Z"))).isFalse();
        assertThat(custom.isInSession(ms("2025-01-28T18:00:00Z"))).isFalse();
        // Not configured here, so a normal session.
        assertThat(custom.isInSession(ms("2025-01-09T16:00:00Z"))).isTrue();
        assertThat(custom.describe()).isNotEqualTo(XNYS.describe());
    }

    @Test
    void shouldDescribeHolidaysSortedAndIndependentOfInputOrder() {
        XnysCalendar a = new XnysCalendar(Set.of(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 1, 9)), Set.of());
        assertThat(a.describe()).isEqualTo("XNYS;zone=America/New_York;session=09:30-16:00;halfDayClose=13:00"
                + ";holidays=[2025-01-09,2025-01-20];halfDays=[]");
        assertThat(new XnysCalendar(Set.of(LocalDate.of(2025, 1, 9), LocalDate.of(2025, 1, 20)), Set.of()).describe())
                .isEqualTo(a.describe());
    }

    @Test
    void shouldEqualACalendarWithTheSameConfiguration() {
        XnysCalendar rebuilt = new XnysCalendar(XnysCalendar.defaultHolidays(), XnysCalendar.defaultHalfDays());
        assertThat(rebuilt).isEqualTo(XNYS).hasSameHashCodeAs(XNYS);
        assertThat(rebuilt).isNotEqualTo(new XnysCalendar(Set.of(), Set.of()));
    }

    @Test
    void shouldTreatInstantsOutsideTheRangeAsClosed() {
        assertThat(XNYS.isInSession(0L)).isFalse();
        assertThat(XNYS.isInSession(Long.MIN_VALUE)).isFalse();
        assertThat(XNYS.tradingTime(Long.MIN_VALUE)).isZero();
        assertThat(XNYS.tradingTime(Long.MAX_VALUE)).isEqualTo(XNYS.tradingTime(ms("2101-01-01T00:00:00Z")));
    }

    @Test
    void shouldRejectADateThatIsBothHolidayAndHalfDay() {
        LocalDate day = LocalDate.of(2025, 12, 24);
        assertThatThrownBy(() -> new XnysCalendar(Set.of(day), Set.of(day)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("date is both a holiday and a half day: 2025-12-24");
    }
}
