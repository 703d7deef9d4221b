package io.newsreaction.market;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A market that never closes (crypto, tests): trading time is wall time. */
public final class TwentyFourSevenCalendar implements TradingCalendar {

    public static final String NAME = "24x7";
    private static final TwentyFourSevenCalendar INSTANCE = new TwentyFourSevenCalendar();

    public TwentyFourSevenCalendar() {
    }

    /** A shared instance; the calendar has no configuration. */
    public static TwentyFourSevenCalendar instance() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ZoneId zone() {
        return ZoneOffset.UTC;
    }

    @Override
    public boolean isInSession(long epochMs) {
        return true;
    }

    @Override
    public long tradingTime(long epochMs) {
        return epochMs;
    }

    @Override
    public long wall(long tradingMs) {
        return tradingMs;
    }

    /** Midnight UTC of {@code date}: with no closures every day's session starts then. */
    @Override
    public long sessionOpen(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    @Override
    public String describe() {
        return NAME + ";zone=UTC";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TwentyFourSevenCalendar;
    }

    @Override
    public int hashCode() {
        return NAME.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }
}
