package io.newsreaction.runtime;

import io.newsreaction.topology.ReactionTopology;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Kafka Streams configuration of the reaction app: exactly-once v2, Kafka Streams' native
 * dead-letter queue (KIP-1034) for records that cannot be deserialized, fail validation or derive
 * a record the broker refuses (too large), the
 * live latency settings, then the user's {@code kafka.*} pass-through, which wins.
 *
 * <p>Latency settings: a reaction crosses two exactly-once commits (stage 1's leg becomes visible
 * to stage 2 at a commit; the reaction is sent after it), so its emit latency is about two commit
 * waits plus its wait in the producer's batch. Hence a commit interval of {@value #COMMIT_INTERVAL_MS} ms
 * and a linger of {@value #LINGER_MS} ms instead of Kafka Streams' 100 and 100 (measurements in
 * docs/BENCHMARKS.md). They cost throughput on a backlog, so {@code replay} and feeds that prefer
 * throughput set {@code kafka.commit.interval.ms} and {@code kafka.linger.ms}.
 *
 * <p>Dead-letter records are written by the task's producer inside its transaction, so a refused
 * record is in the DLQ exactly once. A schema registry outage never dead-letters a record: the
 * handlers fail the task and {@link ReactionApp} replaces the stream thread, which reads the record
 * again from the last commit.
 */
public final class StreamsProperties {
    /** Default {@code commit.interval.ms} of the live app (Kafka Streams' exactly-once default: 100). */
    public static final long COMMIT_INTERVAL_MS = 50;
    /** Default producer {@code linger.ms} of the live app (Kafka Streams' default: 100). */
    public static final int LINGER_MS = 5;
    /** Default producer {@code compression.type} of the app (Kafka's default: none). */
    public static final String COMPRESSION_TYPE = "lz4";

    private StreamsProperties() {
    }

    /**
     * @param applicationId Kafka Streams application id (consumer group, internal topic prefix)
     * @param dlqTopic      dead-letter topic
     * @param stateDir      state directory, or null for Kafka Streams' default
     * @param passThrough   {@code kafka.*} settings with the prefix stripped
     */
    public static Properties build(String applicationId, String dlqTopic, Path stateDir, Map<String, ?> passThrough) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.putAll(errorHandling(dlqTopic));
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // Stage 1 merges ticks with leg requests; its output does not depend on how the two are
        // interleaved (tick time moves with ticks only, a leg already due is computed from history),
        // so a task need not wait for the other partition. -1 also skips Kafka Streams' per-record
        // readiness check, which formats log strings for the mostly empty leg-requests partition.
        props.put(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, -1L);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, COMMIT_INTERVAL_MS);
        if (!setsLinger(passThrough)) {
            // a prefixed setting beats an unprefixed one in Kafka Streams, so only when the user set neither
            props.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), LINGER_MS);
        }
        if (!setsProducer(passThrough, ProducerConfig.COMPRESSION_TYPE_CONFIG)) {
            // lz4 shrinks what the app sends (legs' estimation grids, tick chunks, changelogs, reactions)
            // to about 0.65 of its bytes on the bench for little CPU (docs/BENCHMARKS.md)
            props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), COMPRESSION_TYPE);
        }
        if (!setsProducer(passThrough, ProducerConfig.MAX_REQUEST_SIZE_CONFIG)) {
            props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), ReactionTopology.MAX_RECORD_BYTES);
        }
        if (stateDir != null) {
            props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        }
        props.putAll(passThrough);
        return props;
    }

    /** Whether {@code kafka.*} settings set the producer's linger, prefixed or not. */
    public static boolean setsLinger(Map<String, ?> passThrough) {
        return setsProducer(passThrough, ProducerConfig.LINGER_MS_CONFIG);
    }

    /** Whether {@code kafka.*} settings set the producer setting {@code key}, prefixed or not. */
    public static boolean setsProducer(Map<String, ?> passThrough, String key) {
        return passThrough.containsKey(key) || passThrough.containsKey(StreamsConfig.producerPrefix(key));
    }

    /** The exception handlers and dead-letter topic, also for {@code TopologyTestDriver} tests. */
    public static Properties errorHandling(String dlqTopic) {
        Properties props = new Properties();
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class.getName());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class.getName());
        // The topology has no global store; saying so silences Kafka Streams' start-up WARN about the GlobalThread.
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class.getName());
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, dlqTopic);
        return props;
    }
}
