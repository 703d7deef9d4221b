package io.newsreaction.bench;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.Tick;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.EmitStrategy;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.JoinWindows;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.StreamJoined;
import org.apache.kafka.streams.kstream.TimeWindows;

/**
 * The baseline a team would write first with the DSL: headlines re-keyed by each explicit ticker
 * (a repartition), a KStream–KStream {@link JoinWindows} join with the ticks (30 minutes before to
 * 6h30m after publication, one minute grace), the joined ticks re-keyed by (headline, symbol) and
 * aggregated in one-day tumbling windows emitted with {@link EmitStrategy#onWindowClose()}.
 *
 * <p>It computes, per (headline, symbol): the reference price (last tick before publication), the
 * log return at wall-clock horizons of 1m, 5m, 15m, 30m, 1h, 2h and 6h30m, and volume and tick
 * count over the longest horizon, written once as a text line.
 *
 * <p>It omits what the real topology does: the trading calendar (horizons here are wall time, so
 * news at night measures nothing), benchmark legs, the market model and abnormal returns, the
 * pre-event return, run-up and drawdown, provisional revisions (one result per window close, hours
 * late), tick-time due logic and late-tick accounting, DAY precision and entity routing. Every
 * tick is buffered in the join's window store whether or not a headline needs it, and one tick is
 * joined once per headline on its symbol within the window: that is where its cost goes.
 */
public final class NaiveTopology {
    static final String HEADLINES_BY_SYMBOL = "naive-headlines-by-symbol";
    static final String OBSERVATIONS_BY_HEADLINE = "naive-observations-by-headline";
    static final Duration BEFORE = Duration.ofMinutes(30);
    static final Duration AFTER = Duration.ofMinutes(390);
    static final Duration GRACE = Duration.ofMinutes(1);

    private NaiveTopology() {
    }

    /**
     * The naive job; {@code emitted} counts its output records. {@code sourceTickSerde} reads the
     * ticks topic, {@code tickSerde} the join's window store.
     */
    public static Topology build(String headlinesTopic, String ticksTopic, String outputTopic,
            Serde<Headline> headlineSerde, Serde<Tick> tickSerde, Serde<Tick> sourceTickSerde, LongAdder emitted) {
        Serde<NaiveObservation> observationSerde = NaiveObservation.serde();
        JoinWindows window = JoinWindows.ofTimeDifferenceAndGrace(AFTER, GRACE).before(BEFORE).after(AFTER);
        StreamJoined<String, Headline, Tick> joined = StreamJoined.with(Serdes.String(), headlineSerde, tickSerde)
                .withName("naive-join").withStoreName("naive-join-store");

        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, Tick> ticks = builder.stream(ticksTopic, Consumed.with(Serdes.String(), sourceTickSerde));
        KStream<String, Headline> headlinesBySymbol = builder.stream(headlinesTopic, Consumed.with(Serdes.String(), headlineSerde))
                .flatMap(NaiveTopology::byTicker)
                .repartition(Repartitioned.<String, Headline>as(HEADLINES_BY_SYMBOL).withKeySerde(Serdes.String())
                        .withValueSerde(headlineSerde));
        headlinesBySymbol.join(ticks, NaiveTopology::observe, window, joined)
                .selectKey((symbol, o) -> o.headlineId() + "|" + symbol)
                .groupByKey(Grouped.with(OBSERVATIONS_BY_HEADLINE, Serdes.String(), observationSerde))
                .windowedBy(TimeWindows.ofSizeAndGrace(Duration.ofDays(1), GRACE))
                .emitStrategy(EmitStrategy.onWindowClose())
                .aggregate(NaiveReaction::new, (key, o, acc) -> acc.add(o),
                        Materialized.with(Serdes.String(), NaiveReaction.serde()))
                .toStream((windowed, acc) -> windowed.key())
                .mapValues(NaiveReaction::describe)
                .peek((k, v) -> emitted.increment())
                .to(outputTopic, Produced.with(Serdes.String(), Serdes.String()));
        return builder.build();
    }

    private static Iterable<KeyValue<String, Headline>> byTicker(String id, Headline headline) {
        List<KeyValue<String, Headline>> out = new ArrayList<>(headline.getTickers().size());
        headline.getTickers().forEach(symbol -> out.add(KeyValue.pair(symbol, headline)));
        return out;
    }

    private static NaiveObservation observe(Headline h, Tick t) {
        return new NaiveObservation(h.getId(), h.getPublishedAt().toEpochMilli(), t.getTs().toEpochMilli(), t.getPrice(), t.getSize());
    }
}
