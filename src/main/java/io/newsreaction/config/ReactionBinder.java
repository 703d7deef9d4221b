package io.newsreaction.config;

import io.newsreaction.market.TradingCalendar;
import io.newsreaction.reaction.ReactionSettings;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Builds {@link ReactionSettings} from the {@code reaction.*} keys.
 *
 * <p>Retention rule: {@code reaction.history-retention} (wall time) must cover the look-back
 * {@code max(L·Δ, pre-event, reference-max-age)} plus the longest horizon, both in trading time,
 * plus grace. On {@code 24x7} trading time is wall time. On {@code XNYS} the trading span is
 * rounded up to whole 6h30m sessions {@code n}, and each session counts as one calendar day plus
 * two weekend days per started five sessions plus two spare days for holidays and the partly used
 * first day: {@code (n + 2·ceil(n/5) + 2) days + grace}. With the defaults (39 trading hours, six
 * sessions) that is 12 days and one minute, within the default 14 days.
 */
final class ReactionBinder {

    static final Duration SESSION = Duration.ofMinutes(390);

    private ReactionBinder() {
    }

    static ReactionSettings bind(ConfigValues v, CalendarFactory calendars) {
        TradingCalendar calendar = calendar(v, calendars);
        List<Duration> horizons = horizons(v);
        Duration grace = v.duration(ConfigKeys.GRACE);
        if (grace.isNegative()) {
            throw ConfigException.badValue(ConfigKeys.GRACE, v.string(ConfigKeys.GRACE), "must not be negative");
        }
        Duration preEvent = v.positiveDuration(ConfigKeys.PRE_EVENT);
        Duration interval = v.positiveDuration(ConfigKeys.ESTIMATION_INTERVAL);
        int length = v.intAtLeast(ConfigKeys.ESTIMATION_LENGTH, 1);
        int minObservations = v.intAtLeast(ConfigKeys.MIN_OBSERVATIONS, 3);
        if (minObservations > length) {
            throw ConfigException.badValue(ConfigKeys.MIN_OBSERVATIONS, v.string(ConfigKeys.MIN_OBSERVATIONS),
                    "must not exceed " + ConfigKeys.ESTIMATION_LENGTH + " (" + length + ")");
        }
        Duration maxAge = v.positiveDuration(ConfigKeys.REFERENCE_MAX_AGE);
        Duration retention = v.positiveDuration(ConfigKeys.HISTORY_RETENTION);
        Map<String, Duration> spanTerms = new LinkedHashMap<>();
        spanTerms.put(ConfigKeys.ESTIMATION_INTERVAL, estimationWindow(v, interval, length));
        spanTerms.put(ConfigKeys.PRE_EVENT, preEvent);
        spanTerms.put(ConfigKeys.REFERENCE_MAX_AGE, maxAge);
        spanTerms.put(ConfigKeys.HORIZONS, horizons.get(horizons.size() - 1));
        spanTerms.put(ConfigKeys.GRACE, grace);
        Duration lookBack = max(max(spanTerms.get(ConfigKeys.ESTIMATION_INTERVAL), preEvent), maxAge);
        Duration tradingSpan = lookBack.plus(horizons.get(horizons.size() - 1));
        checkFitsInMillis(v, tradingSpan.plus(grace), spanTerms);
        Duration required = requiredRetention(CalendarNames.canonical(v.string(ConfigKeys.CALENDAR)), tradingSpan, grace);
        if (retention.compareTo(required) < 0) {
            throw ConfigException.badValue(ConfigKeys.HISTORY_RETENTION, v.string(ConfigKeys.HISTORY_RETENTION),
                    "must be at least " + required + " to cover the estimation window, the longest horizon and grace");
        }
        try {
            return new ReactionSettings(calendar, horizons, grace, preEvent, interval, length, minObservations,
                    maxAge, retention);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("invalid reaction settings: " + e.getMessage(), e);
        }
    }

    /**
     * {@code reaction.query-retention}, or the history retention when empty. Stage 2 drops a
     * headline's state this long (headline time) after it was published, so it must cover the
     * longest horizon and grace in wall time: until then a headline's legs may still arrive.
     */
    static Duration queryRetention(ConfigValues v, ReactionSettings reaction) {
        if (v.string(ConfigKeys.QUERY_RETENTION).isBlank()) {
            return reaction.historyRetention();
        }
        Duration retention = v.positiveDuration(ConfigKeys.QUERY_RETENTION);
        List<Duration> horizons = reaction.horizons();
        Duration required = requiredRetention(CalendarNames.canonical(v.string(ConfigKeys.CALENDAR)),
                horizons.get(horizons.size() - 1), reaction.grace());
        if (retention.compareTo(required) < 0) {
            throw ConfigException.badValue(ConfigKeys.QUERY_RETENTION, v.string(ConfigKeys.QUERY_RETENTION),
                    "must be at least " + required + " to cover the longest horizon and grace");
        }
        return retention;
    }

    /** The estimation window {@code interval × length}, failing on the interval when it cannot be counted. */
    private static Duration estimationWindow(ConfigValues v, Duration interval, int length) {
        try {
            Duration window = interval.multipliedBy(length);
            window.toMillis();
            return window;
        } catch (ArithmeticException e) {
            throw ConfigException.badValue(ConfigKeys.ESTIMATION_INTERVAL, v.string(ConfigKeys.ESTIMATION_INTERVAL),
                    "too long: the estimation window, " + length + " (" + ConfigKeys.ESTIMATION_LENGTH
                            + ") times it, cannot be counted in milliseconds");
        }
    }

    /** Look-back, longest horizon and grace together must be countable; the longest term is named if not. */
    private static void checkFitsInMillis(ConfigValues v, Duration total, Map<String, Duration> terms) {
        try {
            total.toMillis();
        } catch (ArithmeticException e) {
            String key = Collections.max(terms.entrySet(), Map.Entry.comparingByValue()).getKey();
            throw ConfigException.badValue(key, v.string(key), "too long: with the estimation window, the longest"
                    + " horizon and grace the retention needed cannot be counted in milliseconds");
        }
    }

    /** Wall-time retention needed for a trading-time span (see the class comment). */
    static Duration requiredRetention(String calendarName, Duration tradingSpan, Duration grace) {
        if (!CalendarNames.XNYS.equals(calendarName)) {
            return tradingSpan.plus(grace);
        }
        long sessions = ceilDiv(tradingSpan.toMillis(), SESSION.toMillis());
        long days = sessions + 2 * ceilDiv(sessions, 5) + 2;
        return Duration.ofDays(days).plus(grace);
    }

    private static TradingCalendar calendar(ConfigValues v, CalendarFactory calendars) {
        String raw = v.nonBlank(ConfigKeys.CALENDAR);
        String name = CalendarNames.canonical(raw);
        if (name == null) {
            throw ConfigException.badValue(ConfigKeys.CALENDAR, raw, "unknown calendar (XNYS or 24x7)");
        }
        Set<LocalDate> holidays = v.datesOrNull(ConfigKeys.CALENDAR_HOLIDAYS);
        Set<LocalDate> halfDays = v.datesOrNull(ConfigKeys.CALENDAR_HALF_DAYS);
        if (holidays != null && halfDays != null && !Collections.disjoint(holidays, halfDays)) {
            throw ConfigException.badValue(ConfigKeys.CALENDAR_HALF_DAYS, v.string(ConfigKeys.CALENDAR_HALF_DAYS),
                    "a date cannot be both a holiday and a half day");
        }
        try {
            return calendars.create(name, holidays, halfDays);
        } catch (IllegalArgumentException e) {
            throw ConfigException.badValue(ConfigKeys.CALENDAR, raw, e.getMessage());
        }
    }

    private static List<Duration> horizons(ConfigValues v) {
        List<Duration> horizons = v.durations(ConfigKeys.HORIZONS);
        String raw = v.string(ConfigKeys.HORIZONS);
        if (horizons.isEmpty()) {
            throw ConfigException.badValue(ConfigKeys.HORIZONS, raw, "must name at least one horizon");
        }
        for (int i = 0; i < horizons.size(); i++) {
            Duration h = horizons.get(i);
            if (h.isZero() || h.isNegative()) {
                throw ConfigException.badValue(ConfigKeys.HORIZONS, raw, "horizon must be positive: " + h);
            }
            if (i > 0 && h.compareTo(horizons.get(i - 1)) <= 0) {
                throw ConfigException.badValue(ConfigKeys.HORIZONS, raw, "horizons must be strictly increasing");
            }
        }
        return horizons;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /** Canonical calendar names. */
    static final class CalendarNames {
        static final String XNYS = "XNYS";
        static final String ALWAYS_OPEN = "24x7";

        private CalendarNames() {
        }

        static String canonical(String raw) {
            String s = raw.trim().toLowerCase(Locale.ROOT);
            if (s.equals("xnys")) {
                return XNYS;
            }
            return s.equals("24x7") ? ALWAYS_OPEN : null;
        }
    }
}
