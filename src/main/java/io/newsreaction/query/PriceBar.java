package io.newsreaction.query;

import java.time.Instant;

/**
 * One interval of a symbol's in-session ticks: first, highest, lowest and last price, volume and
 * tick count. {@code start} is the interval's start, aligned to the interval length from the epoch.
 */
public record PriceBar(Instant start, double open, double high, double low, double close, long volume, int ticks) {
}
