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
import org.apache.kafka.streams.KafkaStreams;

/** The {@link NaiveTopology} on the bench topics, with the same Streams settings (exactly-once) as the app. */
final class NaiveBenchApp implements MeasuredApp {
    private final String applicationId;
    private final BenchContext context;
    private final BenchTopics topics;
    private final CountingDeserializer<Tick> ticks;
    private final LongAdder emitted = new LongAdder();
    private final KafkaStreams streams;
    private final Path stateRoot;

    NaiveBenchApp(BenchContext context, BenchTopics topics, String applicationId) {
        this.applicationId = applicationId;
        this.context = context;
        this.topics = topics;
        this.stateRoot = context.workDir().resolve("state-" + applicationId);
        this.ticks = new CountingDeserializer<>(context.serdes().tick().deserializer());
        Properties props = StreamsProperties.build(applicationId, topics.dlq(), stateRoot, context.streamsKafkaConfig());
        this.streams = new KafkaStreams(NaiveTopology.build(topics.headlines(), topics.ticks(), applicationId + "-out",
                context.serdes().headline(), context.serdes().tick(),
                Serdes.serdeFrom(context.serdes().tick().serializer(), ticks), emitted), props);
    }

    void start() {
        streams.start();
    }

    long emitted() {
        return emitted.sum();
    }

    @Override
    public String name() {
        return "naive";
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
        return List.of(topics.headlines(), topics.ticks(),
                applicationId + "-" + NaiveTopology.HEADLINES_BY_SYMBOL + "-repartition",
                applicationId + "-" + NaiveTopology.OBSERVATIONS_BY_HEADLINE + "-repartition");
    }

    @Override
    public long signature() {
        return emitted.sum();
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
