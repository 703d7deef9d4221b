package io.newsreaction.data;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * Reads the time formats of input files: epoch milliseconds; ISO-8601 date-times with {@code T} or a
 * space between date and time, with {@code Z} or an offset ({@code +00:00} or {@code +0000}), or
 * without offset (read as UTC); and date-only values, which mean the start of that day in
 * America/New_York (DESIGN §3). Dates are resolved strictly (2025-02-30 is an error, not
 * 2025-02-28) and an instant outside 1990-01-01 .. 2100-01-01 is refused: such a value is a unit
 * mistake (epoch seconds for milliseconds) or a placeholder such as 0.
 */
public final class Timestamps {

    /** Where date-only values are placed. */
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter()
            // SMART, the default, would read 2025-02-30 as 2025-02-28
            .withResolverStyle(ResolverStyle.STRICT);

    /** Earliest instant an input may carry: anything before is a unit mistake or a placeholder. */
    public static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    /** Instants from here on are refused. */
    public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    private Timestamps() {
    }

    /**
     * An instant read from {@code text}.
     *
     * @param epochMs  the instant in epoch milliseconds
     * @param dateOnly true when the text held only a date
     */
    public record Parsed(long epochMs, boolean dateOnly) {
    }

    /** Reads {@code text}; the exception's message says what was expected. */
    public static Parsed parse(String text) {
        String s = text.trim();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("missing time");
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return plausible(new Parsed(epochMillis(s), false), s);
        }
        Parsed parsed;
        try {
            if (s.length() == 10) {
                parsed = new Parsed(LocalDate.parse(s).atStartOfDay(NEW_YORK).toInstant().toEpochMilli(), true);
            } else {
                if (s.length() > 10 && s.charAt(10) == ' ') {
                    s = s.substring(0, 10) + 'T' + s.substring(11);
                }
                parsed = new Parsed(toEpochMs(s), false);
            }
        } catch (DateTimeException | ArithmeticException e) {
            throw new IllegalArgumentException("not an ISO-8601 time or epoch milliseconds: '" + text.trim() + "'" + reason(e));
        }
        return plausible(parsed, text.trim());
    }

    /**
     * Why text of the right shape names no instant (" (Invalid date 'FEBRUARY 30')"), from the strict
     * resolver; "" when the text did not have the shape of a time at all.
     */
    private static String reason(RuntimeException e) {
        return e instanceof DateTimeParseException && e.getCause() instanceof DateTimeException cause
                ? " (" + cause.getMessage() + ")"
                : "";
    }

    private static long epochMillis(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("epoch milliseconds out of range: '" + digits + "'");
        }
    }

    /** Refuses instants outside [{@link #EARLIEST}, {@link #LATEST}), with a hint for epoch seconds. */
    private static Parsed plausible(Parsed parsed, String text) {
        long ms = parsed.epochMs();
        if (ms >= EARLIEST.toEpochMilli() && ms < LATEST.toEpochMilli()) {
            return parsed;
        }
        String hint = ms >= EARLIEST.getEpochSecond() && ms < LATEST.getEpochSecond()
                ? " (it looks like epoch seconds: times are epoch milliseconds, " + text + "000 is "
                        + Instant.ofEpochSecond(ms) + ")"
                : "";
        throw new IllegalArgumentException("time " + Instant.ofEpochMilli(ms) + " from '" + text + "' is outside "
                + EARLIEST + " .. " + LATEST + hint);
    }

    private static long toEpochMs(String s) {
        var parsed = DATE_TIME.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
        if (parsed instanceof OffsetDateTime) {
            return ((OffsetDateTime) parsed).toInstant().toEpochMilli();
        }
        return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
