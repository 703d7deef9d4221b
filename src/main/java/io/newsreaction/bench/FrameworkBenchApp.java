package io.newsreaction.bench;

import io.newsreaction.avro.Tick;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;

/**
 * Kafka Streams itself on the ticks topic: a topology that decodes every tick with the real serde
 * and only counts it (no state, no output), with the same Streams settings as the app, so
 * exactly-once commits included. What it reaches is the most any Kafka Streams topology reaches on
 * this machine and broker; the app's distance to it is what the app's own work costs.
 */
final class FrameworkBenchApp extends PlainStreamsBenchApp {
    static final String SOURCE = "framework-ticks";
    static final String COUNT = "framework-count";

    FrameworkBenchApp(BenchContext context, BenchTopics topics, String applicationId) {
        super(context, topics, applicationId,
                (ticks, processed) -> topology(topics.ticks(), context.serdes().tick().serializer(), ticks, processed));
    }

    /** Source and one stateless processor that counts; every tick is deserialized on the way in. */
    static Topology topology(String ticksTopic, Serializer<Tick> tickSerializer, CountingDeserializer<Tick> tickDeserializer,
            LongAdder processed) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(ticksTopic, Consumed.with(Serdes.String(), Serdes.serdeFrom(tickSerializer, tickDeserializer)).withName(SOURCE))
                .foreach((symbol, tick) -> processed.increment(), Named.as(COUNT));
        return builder.build();
    }

    @Override
    public String name() {
        return "framework";
    }

    @Override
    public List<String> groupTopics() {
        return List.of(topics().ticks());
    }
}
