package io.newsreaction.market;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A market's sessions and its trading-time clock.
 *
 * <p>Trading time {@code tt(t)} counts the in-session milliseconds from a fixed origin to {@code t};
 * it stays flat while the market is closed. {@link #wall(long)} is its inverse: the earliest instant
 * whose trading time is the given value, so a session boundary maps to the close, not the next open.
 */
public interface TradingCalendar {

    /** Calendar name as configured: {@code XNYS} or {@code 24x7}. */
    String name();

    /** Time zone in which session dates are read. */
    ZoneId zone();

    /** True when {@code open <= epochMs < close} of some session. */
    boolean isInSession(long epochMs);

    /** Trading time of an instant, in milliseconds since the calendar's origin. */
    long tradingTime(long epochMs);

    /** The earliest instant whose trading time is {@code tradingMs}. */
    long wall(long tradingMs);

    /** Open of the trading session on {@code date}, or of the next trading session when {@code date} has none. */
    long sessionOpen(LocalDate date);

    /** Canonical text of everything that shapes this calendar (name, holidays, half days), for hashing. */
    String describe();
}
