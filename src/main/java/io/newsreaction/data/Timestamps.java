package io.newsreaction.data;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * Reads the time formats of input files: epoch milliseconds; ISO-8601 date-times with {@code T} or a
 * space between date and time, with {@code Z} or an offset ({@code +00:00} or {@code +0000}), or
 * without offset (read as UTC); and date-only values, which mean the start of that day in
 * America/New_York (DESIGN §3).
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
            .toFormatter();

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
            return new Parsed(Long.parseLong(s), false);
        }
        try {
            if (s.length() == 10) {
                return new Parsed(LocalDate.parse(s).atStartOfDay(NEW_YORK).toInstant().toEpochMilli(), true);
            }
            if (s.length() > 10 && s.charAt(10) == ' ') {
                s = s.substring(0, 10) + 'T' + s.substring(11);
            }
            return new Parsed(toEpochMs(s), false);
        } catch (DateTimeException | ArithmeticException e) {
            throw new IllegalArgumentException("not an ISO-8601 time or epoch milliseconds: '" + text.trim() + "'");
        }
    }

    private static long toEpochMs(String s) {
        var parsed = DATE_TIME.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
        if (parsed instanceof OffsetDateTime) {
            return ((OffsetDateTime) parsed).toInstant().toEpochMilli();
        }
        return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
