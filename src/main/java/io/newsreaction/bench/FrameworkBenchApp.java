package io.newsreaction.bench;

import io.newsreaction.avro.Tick;
import io.newsreaction.runtime.StreamsProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KafkaStreams;
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
final class FrameworkBenchApp implements MeasuredApp {
    static final String SOURCE = "framework-ticks";
    static final String COUNT = "framework-count";

    private final String applicationId;
    private final BenchContext context;
    private final BenchTopics topics;
    private final CountingDeserializer<Tick> ticks;
    private final LongAdder processed = new LongAdder();
    private final KafkaStreams streams;
    private final Path stateRoot;

    FrameworkBenchApp(BenchContext context, BenchTopics topics, String applicationId) {
        this.applicationId = applicationId;
        this.context = context;
        this.topics = topics;
        this.stateRoot = context.workDir().resolve("state-" + applicationId);
        this.ticks = new CountingDeserializer<>(context.serdes().tick().deserializer());
        Properties props = StreamsProperties.build(applicationId, topics.dlq(), stateRoot, context.streamsKafkaConfig());
        this.streams = new KafkaStreams(topology(topics.ticks(), context.serdes().tick().serializer(), ticks, processed), props);
    }

    /** Source and one stateless processor that counts; every tick is deserialized on the way in. */
    static Topology topology(String ticksTopic, Serializer<Tick> tickSerializer, CountingDeserializer<Tick> tickDeserializer,
            LongAdder processed) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(ticksTopic, Consumed.with(Serdes.String(), Serdes.serdeFrom(tickSerializer, tickDeserializer)).withName(SOURCE))
                .foreach((symbol, tick) -> processed.increment(), Named.as(COUNT));
        return builder.build();
    }

    void start() {
        streams.start();
    }

    StreamThreadFigures threadFigures() {
        return StreamThreadFigures.of(streams, applicationId);
    }

    @Override
    public String name() {
        return "framework";
    }

    @Override
    public String groupId() {
        return applicationId;
    }

    @Override
    public Map<String, Object> kafkaConfig() {
        return context.kafkaConfig();
    }

    @Override
    public List<String> groupTopics() {
        return List.of(topics.ticks());
    }

    @Override
    public long signature() {
        return processed.sum();
    }

    @Override
    public CountingDeserializer<?> tickCounter() {
        return ticks;
    }

    @Override
    public boolean failed() {
        return streams.state() == KafkaStreams.State.ERROR;
    }

    @Override
    public Path stateDir() {
        return stateRoot.resolve(applicationId);
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}
