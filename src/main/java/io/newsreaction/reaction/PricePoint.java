package io.newsreaction.reaction;

/** One in-session tick of a symbol as kept in its price history. */
public record PricePoint(long ts, double price, long size) {
}
