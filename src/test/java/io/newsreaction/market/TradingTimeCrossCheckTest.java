package io.newsreaction.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Compares the precomputed trading clock with a slow day-by-day count written independently here. */
class TradingTimeCrossCheckTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final XnysCalendar XNYS = XnysCalendar.withDefaults();
    private static final Set<LocalDate> HOLIDAYS = XnysCalendar.defaultHolidays();
    private static final Set<LocalDate> HALF_DAYS = XnysCalendar.defaultHalfDays();

    @Test
    void shouldAgreeWithANaiveCountOverTwoYears() {
        Random random = new Random(20250127L);
        long from = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
        long span = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli() - from;
        for (int i = 0; i < 200; i++) {
            long a = from + (long) (random.nextDouble() * span);
            long b = a + (long) (random.nextDouble() * 20 * 86_400_000L);
            assertThat(XNYS.tradingTime(b) - XNYS.tradingTime(a)).as("%d..%d", a, b).isEqualTo(naiveBetween(a, b));
            assertThat(XNYS.isInSession(a)).isEqualTo(naiveInSession(a));
        }
    }

    private static long naiveBetween(long a, long b) {
        long total = 0;
        LocalDate day = Instant.ofEpochMilli(a).atZone(NEW_YORK).toLocalDate();
        LocalDate last = Instant.ofEpochMilli(b).atZone(NEW_YORK).toLocalDate();
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            long[] session = naiveSession(day);
            if (session != null) {
                total += Math.max(0, Math.min(b, session[1]) - Math.max(a, session[0]));
            }
        }
        return total;
    }

    private static boolean naiveInSession(long t) {
        long[] session = naiveSession(Instant.ofEpochMilli(t).atZone(NEW_YORK).toLocalDate());
        return session != null && session[0] <= t && t < session[1];
    }

    private static long[] naiveSession(LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (weekend || HOLIDAYS.contains(day)) {
            return null;
        }
        LocalTime close = HALF_DAYS.contains(day) ? LocalTime.of(13, 0) : LocalTime.of(16, 0);
        return new long[] {
            day.atTime(9, 30).atZone(NEW_YORK).toInstant().toEpochMilli(),
            day.atTime(close).atZone(NEW_YORK).toInstant().toEpochMilli()};
    }
}
