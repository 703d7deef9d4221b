package io.newsreaction.config;

import io.newsreaction.market.TradingCalendar;
import java.time.LocalDate;
import java.util.Set;

/**
 * Builds the trading calendar named by {@code reaction.calendar}; keeps the loader independent of
 * the calendar implementations.
 */
@FunctionalInterface
public interface CalendarFactory {

    /**
     * @param name     canonical calendar name: {@code XNYS} or {@code 24x7}
     * @param holidays configured holidays, or null when not configured (use the built-in list)
     * @param halfDays configured half days, or null when not configured (use the built-in list)
     * @throws IllegalArgumentException when the calendar cannot be built from these values
     */
    TradingCalendar create(String name, Set<LocalDate> holidays, Set<LocalDate> halfDays);
}
