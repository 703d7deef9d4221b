package io.newsreaction.reaction;

import io.newsreaction.market.TradingCalendar;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The settings that shape reaction values (DESIGN §3). Two runs with equal settings and equal input
 * produce equal reactions; {@link #settingsHash()} makes a replay under other settings visible.
 *
 * @param calendar           trading calendar (XNYS or 24x7)
 * @param horizons           reaction horizons in trading time, strictly increasing
 * @param grace              how far behind tick time a tick may arrive and still count
 * @param preEvent           pre-event window in trading time
 * @param estimationInterval market-model interval Δ in trading time
 * @param estimationLength   number of intervals L
 * @param minObservations    valid intervals needed for a market model
 * @param referenceMaxAge    oldest reference tick allowed, in trading time
 * @param historyRetention   how long (wall time) tick history is kept
 */
public record ReactionSettings(
        TradingCalendar calendar,
        List<Duration> horizons,
        Duration grace,
        Duration preEvent,
        Duration estimationInterval,
        int estimationLength,
        int minObservations,
        Duration referenceMaxAge,
        Duration historyRetention) {

    public static final List<Duration> DEFAULT_HORIZONS = List.of(
            Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(30),
            Duration.ofHours(1), Duration.ofHours(2), Duration.ofMinutes(390));
    public static final Duration DEFAULT_GRACE = Duration.ofMinutes(1);
    public static final Duration DEFAULT_PRE_EVENT = Duration.ofMinutes(30);
    public static final Duration DEFAULT_ESTIMATION_INTERVAL = Duration.ofMinutes(5);
    public static final int DEFAULT_ESTIMATION_LENGTH = 390;
    public static final int DEFAULT_MIN_OBSERVATIONS = 30;
    public static final Duration DEFAULT_REFERENCE_MAX_AGE = Duration.ofMinutes(390);
    public static final Duration DEFAULT_HISTORY_RETENTION = Duration.ofDays(14);
    /** One full regular session; DAY-precision headlines report only horizons at least this long. */
    public static final Duration ONE_SESSION = Duration.ofMinutes(390);

    public ReactionSettings {
        Objects.requireNonNull(calendar, "calendar");
        horizons = List.copyOf(Objects.requireNonNull(horizons, "horizons"));
        if (horizons.isEmpty()) {
            throw new IllegalArgumentException("horizons must not be empty");
        }
        for (int i = 0; i < horizons.size(); i++) {
            Duration h = horizons.get(i);
            if (h.isZero() || h.isNegative()) {
                throw new IllegalArgumentException("horizon must be positive: " + h);
            }
            if (i > 0 && h.compareTo(horizons.get(i - 1)) <= 0) {
                throw new IllegalArgumentException("horizons must be strictly increasing: " + horizons);
            }
        }
        requireNotNegative("grace", grace);
        requirePositive("pre-event", preEvent);
        requirePositive("estimation interval", estimationInterval);
        requirePositive("reference max age", referenceMaxAge);
        requirePositive("history retention", historyRetention);
        if (estimationLength < 1) {
            throw new IllegalArgumentException("estimation length must be at least 1: " + estimationLength);
        }
        if (minObservations < 3) {
            throw new IllegalArgumentException("min observations must be at least 3: " + minObservations);
        }
    }

    /** The design defaults on the given calendar. */
    public static ReactionSettings defaults(TradingCalendar calendar) {
        return new ReactionSettings(calendar, DEFAULT_HORIZONS, DEFAULT_GRACE, DEFAULT_PRE_EVENT,
                DEFAULT_ESTIMATION_INTERVAL, DEFAULT_ESTIMATION_LENGTH, DEFAULT_MIN_OBSERVATIONS,
                DEFAULT_REFERENCE_MAX_AGE, DEFAULT_HISTORY_RETENTION);
    }

    /** Stable hash of every setting that shapes reaction values (16 hex digits of SHA-256). */
    public String settingsHash() {
        String canonical = String.join("|",
                calendar.describe(), horizons.toString(), grace.toString(), preEvent.toString(),
                estimationInterval.toString(), Integer.toString(estimationLength),
                Integer.toString(minObservations), referenceMaxAge.toString());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void requireNotNegative(String what, Duration d) {
        Objects.requireNonNull(d, what);
        if (d.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative: " + d);
        }
    }

    private static void requirePositive(String what, Duration d) {
        Objects.requireNonNull(d, what);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(what + " must be positive: " + d);
        }
    }
}
