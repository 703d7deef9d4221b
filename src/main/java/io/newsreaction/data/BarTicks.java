package io.newsreaction.data;

import io.newsreaction.avro.Tick;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Turns bars into ticks (DESIGN §6), the one place this rule lives: a bar {@code [T, T+len)} with
 * O, H, L, C, V becomes four ticks: O at {@code T}; then L at {@code T+len/3} and H at
 * {@code T+2·len/3} when {@code C >= O} (an up bar dips first), otherwise H then L; and C at
 * {@code T+len-1s}. For 5-minute bars that is T, T+100s, T+200s, T+299s. The volume
 * {@code round(V)} is split evenly over the four ticks (integer division), the remainder going to
 * the close tick. Venue is left empty.
 */
public final class BarTicks {

    /** The bundled data's bar length. */
    public static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    /** The rule for 5-minute bars. */
    public static final BarTicks DEFAULT = new BarTicks(FIVE_MINUTES);

    private final long lengthMs;

    /** The rule for bars of {@code barLength} (at least one minute, whole seconds). */
    public BarTicks(Duration barLength) {
        Objects.requireNonNull(barLength, "barLength");
        if (barLength.compareTo(Duration.ofMinutes(1)) < 0 || barLength.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("bar length must be whole seconds, at least PT1M: " + barLength);
        }
        this.lengthMs = barLength.toMillis();
    }

    /** The four ticks of {@code bar}, in time order. */
    public List<Tick> ticks(String symbol, Bar bar) {
        long t = bar.start();
        long volume = Math.round(bar.volume());
        long share = volume / 4;
        long closeShare = share + volume % 4;
        boolean up = bar.close() >= bar.open();
        double second = up ? bar.low() : bar.high();
        double third = up ? bar.high() : bar.low();
        return List.of(
                tick(symbol, t, bar.open(), share),
                tick(symbol, t + lengthMs / 3, second, share),
                tick(symbol, t + 2 * lengthMs / 3, third, share),
                tick(symbol, t + lengthMs - 1000, bar.close(), closeShare));
    }

    private static Tick tick(String symbol, long ts, double price, long size) {
        return Tick.newBuilder().setSymbol(symbol).setTs(Instant.ofEpochMilli(ts)).setPrice(price).setSize(size).setVenue(null).build();
    }
}
