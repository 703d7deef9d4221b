package io.newsreaction.bench;

import io.newsreaction.avro.HorizonReaction;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.avro.TimePrecision;
import io.newsreaction.client.CommittedReader;
import io.newsreaction.reaction.LegCalculator;
import io.newsreaction.reaction.ReactionSettings;
import io.newsreaction.topology.TickPartitioner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/** Reads the live ticks and reactions back and pairs each reaction with the tick that triggered it. */
final class LatencyReader {
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);

    private final BenchContext context;
    private final BenchTopics topics;
    private final LegCalculator calculator;

    LatencyReader(BenchContext context, BenchTopics topics, ReactionSettings settings) {
        this.context = context;
        this.topics = topics;
        this.calculator = new LegCalculator(settings);
    }

    /**
     * Emit latencies in milliseconds, sorted, of the reactions whose triggering tick was appended at
     * or after {@code measuredFromMs}; reactions whose trigger is unknown are left out.
     */
    long[] latencies(long measuredFromMs) {
        return latencies(measuredFromMs, Long.MAX_VALUE);
    }

    /** As {@link #latencies(long)}, for triggering ticks appended in {@code [fromMs, toMs)}. */
    long[] latencies(long fromMs, long toMs) {
        TriggerIndex index = new TriggerIndex(topics.partitions());
        Deserializer<io.newsreaction.avro.Tick> ticks = context.serdes().tick().deserializer();
        readAll(topics.ticks(), (partition, r) ->
                index.add(partition, ticks.deserialize(topics.ticks(), r.value()).getTs().toEpochMilli(), r.timestamp()));
        Deserializer<MarketReaction> reactions = context.serdes().reaction().deserializer();
        List<Long> out = new ArrayList<>();
        readAll(topics.reactions(), (partition, r) -> {
            long trigger = trigger(index, reactions.deserialize(topics.reactions(), r.value()));
            if (trigger >= 0 && trigger >= fromMs && trigger < toMs) {
                out.add(r.timestamp() - trigger);
            }
        });
        return out.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private long trigger(TriggerIndex index, MarketReaction reaction) {
        boolean day = reaction.getTimePrecision() == TimePrecision.DAY;
        long anchor = calculator.anchor(reaction.getPublishedAt().toEpochMilli(), day);
        List<Duration> reported = calculator.reportedHorizons(day);
        long due = calculator.dueTime(anchor, reported.get(reaction.getRevision()));
        long own = index.triggerAppendTime(TickPartitioner.MURMUR2.partition(reaction.getSymbol(), index.partitions()), due);
        if (own < 0 || reaction.getStatus() == ReactionStatus.NO_REFERENCE || !usesBenchmark(reaction)) {
            return own;
        }
        long benchmark = index.triggerAppendTime(TickPartitioner.MURMUR2.partition(reaction.getBenchmark(), index.partitions()), due);
        return Math.max(own, benchmark);
    }

    private static boolean usesBenchmark(MarketReaction reaction) {
        List<HorizonReaction> horizons = reaction.getHorizons();
        return !horizons.isEmpty() && horizons.get(horizons.size() - 1).getBenchmarkLogReturn() != null;
    }

    private void readAll(String topic, BiConsumer<Integer, ConsumerRecord<byte[], byte[]>> action) {
        Map<String, Object> config = CommittedReader.consumerConfig(context.kafkaConfig());
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10_000);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = CommittedReader.partitions(consumer, topic, METADATA_TIMEOUT);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            CommittedReader.readTo(consumer, consumer.endOffsets(partitions), r -> action.accept(r.partition(), r));
        }
    }
}
