package io.newsreaction.market;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The New York Stock Exchange calendar: Monday–Friday 09:30–16:00 America/New_York, closed on
 * holidays, closing at 13:00 on half days; holidays and half days are configuration.
 *
 * <p>Trading time is answered from arrays precomputed per calendar day over 1990–2100, so the hot
 * path ({@link #tradingTime}, {@link #isInSession}) is an index computation with no time-zone work.
 * Instants before 1990 or after 2100 are treated as closed (trading time is clamped).
 */
public final class XnysCalendar implements TradingCalendar {

    public static final String NAME = "XNYS";
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final LocalTime OPEN = LocalTime.of(9, 30);
    static final LocalTime CLOSE = LocalTime.of(16, 0);
    static final LocalTime HALF_DAY_CLOSE = LocalTime.of(13, 0);
    static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);
    private static final long DAY_MS = 86_400_000L;

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> halfDays;
    // Index i is the UTC day FIRST_DAY + i. A New York session (13:30–21:00 UTC at the latest)
    // never crosses a UTC midnight, so the UTC day of an instant finds its session directly.
    private final long firstDayMs;
    private final long[] openMs;
    private final long[] closeMs;
    /** Trading ms from the origin (start of FIRST_DAY) to the end of day i; non-decreasing. */
    private final long[] cumulativeEnd;

    public XnysCalendar(Set<LocalDate> holidays, Set<LocalDate> halfDays) {
        this.holidays = Set.copyOf(Objects.requireNonNull(holidays, "holidays"));
        this.halfDays = Set.copyOf(Objects.requireNonNull(halfDays, "halfDays"));
        for (LocalDate day : this.halfDays) {
            if (this.holidays.contains(day)) {
                throw new IllegalArgumentException("date is both a holiday and a half day: " + day);
            }
        }
        int days = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1);
        firstDayMs = FIRST_DAY.toEpochDay() * DAY_MS;
        openMs = new long[days];
        closeMs = new long[days];
        cumulativeEnd = new long[days];
        long cumulative = 0;
        for (int i = 0; i < days; i++) {
            LocalDate date = FIRST_DAY.plusDays(i);
            if (isSessionDate(date)) {
                openMs[i] = epochMs(date, OPEN);
                closeMs[i] = epochMs(date, this.halfDays.contains(date) ? HALF_DAY_CLOSE : CLOSE);
            } else {
                openMs[i] = firstDayMs + i * DAY_MS;
                closeMs[i] = openMs[i];
            }
            cumulative += closeMs[i] - openMs[i];
            cumulativeEnd[i] = cumulative;
        }
    }

    /** XNYS with the built-in 2024–2027 holidays and half days. */
    public static XnysCalendar withDefaults() {
        return DefaultHolder.INSTANCE;
    }

    /** NYSE full-day closures 2024–2027. */
    public static Set<LocalDate> defaultHolidays() {
        return NyseDefaults.holidays();
    }

    /** NYSE 13:00 early closes 2024–2027. */
    public static Set<LocalDate> defaultHalfDays() {
        return NyseDefaults.halfDays();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ZoneId zone() {
        return ZONE;
    }

    @Override
    public boolean isInSession(long epochMs) {
        int i = dayIndex(epochMs);
        return i >= 0 && i < openMs.length && openMs[i] <= epochMs && epochMs < closeMs[i];
    }

    @Override
    public long tradingTime(long epochMs) {
        int i = dayIndex(epochMs);
        if (i < 0) {
            return 0;
        }
        if (i >= openMs.length) {
            return cumulativeEnd[openMs.length - 1];
        }
        long length = closeMs[i] - openMs[i];
        long inDay = Math.min(Math.max(epochMs - openMs[i], 0), length);
        return cumulativeEnd[i] - length + inDay;
    }

    @Override
    public long wall(long tradingMs) {
        if (tradingMs <= 0) {
            return firstDayMs;
        }
        // Beyond the range, clamp to its last close: no horizon reaches 2100.
        long target = Math.min(tradingMs, cumulativeEnd[cumulativeEnd.length - 1]);
        // First day whose cumulative end reaches tradingMs: it holds the instant, and a value equal
        // to a day's end lands on that day's close rather than the next open.
        int i = Arrays.binarySearch(cumulativeEnd, target);
        if (i < 0) {
            i = -i - 1;
        } else {
            while (i > 0 && cumulativeEnd[i - 1] == target) {
                i--;
            }
        }
        return closeMs[i] - (cumulativeEnd[i] - target);
    }

    @Override
    public long sessionOpen(LocalDate date) {
        int i = (int) (date.toEpochDay() - FIRST_DAY.toEpochDay());
        if (i < 0 || i >= openMs.length) {
            throw new IllegalArgumentException("date outside the XNYS calendar range "
                    + FIRST_DAY + ".." + LAST_DAY + ": " + date);
        }
        while (i < openMs.length && openMs[i] == closeMs[i]) {
            i++;
        }
        if (i == openMs.length) {
            throw new IllegalArgumentException("no XNYS session on or after " + date);
        }
        return openMs[i];
    }

    @Override
    public String describe() {
        return NAME + ";zone=" + ZONE + ";session=" + OPEN + "-" + CLOSE + ";halfDayClose=" + HALF_DAY_CLOSE
                + ";holidays=" + sorted(holidays) + ";halfDays=" + sorted(halfDays);
    }

    /** Equal when holidays and half days are equal, so settings built twice compare equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof XnysCalendar
                && holidays.equals(((XnysCalendar) other).holidays)
                && halfDays.equals(((XnysCalendar) other).halfDays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(holidays, halfDays);
    }

    @Override
    public String toString() {
        return describe();
    }

    private boolean isSessionDate(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    private int dayIndex(long epochMs) {
        long i = Math.floorDiv(epochMs, DAY_MS) - FIRST_DAY.toEpochDay();
        return (int) Math.max(-1, Math.min(i, openMs.length));
    }

    private static long epochMs(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(ZONE).toInstant().toEpochMilli();
    }

    private static String sorted(Set<LocalDate> dates) {
        return new TreeSet<>(dates).stream().map(LocalDate::toString).collect(Collectors.joining(",", "[", "]"));
    }

    /** Built once: the arrays cost a few milliseconds and the default calendar is immutable. */
    private static final class DefaultHolder {
        static final XnysCalendar INSTANCE = new XnysCalendar(defaultHolidays(), defaultHalfDays());
    }
}
