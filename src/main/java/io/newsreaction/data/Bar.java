package io.newsreaction.data;

/**
 * One OHLCV bar starting at {@code start} (epoch milliseconds).
 *
 * @param start  bar start (inclusive)
 * @param open   first price
 * @param high   highest price
 * @param low    lowest price
 * @param close  last price
 * @param volume traded volume (may be fractional in the source; rounded when split into ticks)
 */
public record Bar(long start, double open, double high, double low, double close, double volume) {

    public Bar {
        requirePrice("open", open);
        requirePrice("high", high);
        requirePrice("low", low);
        requirePrice("close", close);
        if (high < Math.max(open, close) || low > Math.min(open, close) || low > high) {
            throw new IllegalArgumentException("inconsistent bar: open " + open + ", high " + high
                    + ", low " + low + ", close " + close);
        }
        if (!Double.isFinite(volume) || volume < 0) {
            throw new IllegalArgumentException("volume must be a non-negative number: " + volume);
        }
    }

    private static void requirePrice(String what, double price) {
        if (!Double.isFinite(price) || price <= 0) {
            throw new IllegalArgumentException(what + " must be a positive price: " + price);
        }
    }
}
