package io.newsreaction.bench;

import io.newsreaction.avro.Tick;
import io.newsreaction.runtime.StreamsProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiFunction;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;

/**
 * A bench job that is a plain {@link KafkaStreams} on the bench topics with the app's Streams
 * settings (exactly-once): the naive baseline and the framework phase. Its topology reads ticks
 * through a counting deserializer and increments a progress counter whenever it makes progress.
 */
abstract class PlainStreamsBenchApp implements MeasuredApp {
    private final String applicationId;
    private final BenchContext context;
    private final BenchTopics topics;
    private final CountingDeserializer<Tick> ticks;
    private final LongAdder progress = new LongAdder();
    private final Path stateRoot;
    private final KafkaStreams streams;

    /**
     * @param topology the job, from the counting tick deserializer and the progress counter
     */
    PlainStreamsBenchApp(BenchContext context, BenchTopics topics, String applicationId,
            BiFunction<CountingDeserializer<Tick>, LongAdder, Topology> topology) {
        this.applicationId = applicationId;
        this.context = context;
        this.topics = topics;
        this.stateRoot = context.workDir().resolve("state-" + applicationId);
        this.ticks = new CountingDeserializer<>(context.serdes().tick().deserializer());
        Properties props = StreamsProperties.build(applicationId, topics.dlq(), stateRoot, context.streamsKafkaConfig());
        this.streams = new KafkaStreams(topology.apply(ticks, progress), props);
    }

    void start() {
        streams.start();
    }

    StreamThreadFigures threadFigures() {
        return StreamThreadFigures.of(streams, applicationId);
    }

    BenchTopics topics() {
        return topics;
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
    public long signature() {
        return progress.sum();
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
