package io.newsreaction.bench;

import java.time.Duration;
import java.util.Map;

/**
 * What a {@link SoakRun} feeds and for how long.
 *
 * @param duration          how long the live feed runs (at least a minute)
 * @param ticksPerSecond    the feed's tick rate
 * @param headlinesPerMinute headlines per minute of the feed, spread over its trading time
 * @param symbols           symbols of the generated universe (4 benchmark ETFs included)
 * @param ticksPerDay       tick density per trading session: the feed covers {@code rate × duration / ticksPerDay}
 *                          sessions, which should be well past the estimation window (5 sessions) for state to level off
 * @param partitions        partitions of the soak topics
 * @param streamsConfig     Kafka Streams settings of the app
 */
public record SoakOptions(Duration duration, int ticksPerSecond, int headlinesPerMinute, int symbols, long ticksPerDay,
        int partitions, Map<String, String> streamsConfig) {
    static final long SEED = 7L;

    public SoakOptions {
        if (duration.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("soak duration must be at least PT1M: " + duration);
        }
        if (ticksPerSecond < 1) {
            throw new IllegalArgumentException("soak rate must be at least 1 tick/s: " + ticksPerSecond);
        }
        if (headlinesPerMinute < 0) {
            throw new IllegalArgumentException("headlines per minute must not be negative: " + headlinesPerMinute);
        }
        streamsConfig = Map.copyOf(streamsConfig);
    }

    long ticks() {
        return duration.toSeconds() * ticksPerSecond;
    }

    int headlineCount() {
        return (int) (duration.toMinutes() * headlinesPerMinute);
    }

    LoadSpec loadSpec() {
        return new LoadSpec(symbols, ticks(), 0, SEED, ticksPerDay);
    }
}
