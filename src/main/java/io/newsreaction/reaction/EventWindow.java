package io.newsreaction.reaction;

import io.newsreaction.market.TradingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where an event's window lies in time (DESIGN §7): its start, its horizon ends, its pre-event
 * window, and which other events' confounder counts a new event at a given start can change. Pure:
 * no clock, no Kafka.
 */
public final class EventWindow {
    private final TradingCalendar calendar;
    private final LegCalculator calculator;
    private final long preEventMs;
    private final long longestHorizonMs;

    public EventWindow(ReactionSettings settings) {
        this.calendar = settings.calendar();
        this.calculator = new LegCalculator(settings);
        this.preEventMs = settings.preEvent().toMillis();
        this.longestHorizonMs = Collections.max(settings.horizons()).toMillis();
    }

    /** {@code t0} if in session, else the next session open; for DAY headlines the open they are placed at. */
    public long windowStart(long publishedAt, boolean dayPrecision) {
        if (dayPrecision) {
            return calculator.anchor(publishedAt, true);
        }
        if (calendar.isInSession(publishedAt)) {
            return publishedAt;
        }
        LocalDate date = Instant.ofEpochMilli(publishedAt).atZone(calendar.zone()).toLocalDate();
        long open = calendar.sessionOpen(date);
        return open > publishedAt ? open : calendar.sessionOpen(date.plusDays(1));
    }

    /** The reported horizons of the precision. */
    public List<Duration> horizons(boolean dayPrecision) {
        return calculator.reportedHorizons(dayPrecision);
    }

    /** {@code endTime_h} of every reported horizon, in order. */
    public List<Long> horizonEnds(long windowStart, boolean dayPrecision) {
        List<Long> ends = new ArrayList<>();
        for (Duration h : horizons(dayPrecision)) {
            ends.add(calculator.horizonEnd(windowStart, h));
        }
        return ends;
    }

    /** Start of the pre-event window, {@code wall(tt(windowStart) - pre-event)}. */
    public long preEventStart(long windowStart) {
        return calendar.wall(calendar.tradingTime(windowStart) - preEventMs);
    }

    /**
     * Earliest window start of an event whose confounder count an event starting at
     * {@code windowStart} can change: any earlier event ends its longest horizon before it.
     */
    public long affectedFrom(long windowStart) {
        return calendar.wall(calendar.tradingTime(windowStart) - longestHorizonMs);
    }

    /**
     * Exclusive upper bound of the window starts of events whose pre-event count an event starting
     * at {@code windowStart} can change: every instant with trading time at most
     * {@code tt(windowStart) + pre-event} lies before it.
     */
    public long affectedUntil(long windowStart) {
        return calendar.wall(calendar.tradingTime(windowStart) + preEventMs + 1);
    }
}
