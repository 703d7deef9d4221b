package io.newsreaction.bench;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.Tick;
import io.newsreaction.topology.ReactionSerdes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Produces bench records as fast as the broker takes them: each record is serialized once with the
 * real Confluent-framed serde, then sent as bytes by an idempotent producer with large lz4 batches.
 * Record timestamps are event times (ignored by a LogAppendTime topic).
 */
public final class BenchLoader implements AutoCloseable {
    private final KafkaProducer<byte[], byte[]> producer;
    private final Serializer<Tick> ticks;
    private final Serializer<Headline> headlines;
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final Callback onFailure = (metadata, e) -> {
        if (e != null) {
            failure.compareAndSet(null, e);
        }
    };

    public BenchLoader(Map<String, ?> kafkaConfig, ReactionSerdes serdes, int lingerMs) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 128L * 1024 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // One request in flight and long timeouts: on a loaded machine, timed-out requests that
        // had in fact been appended were retried out of order and failed on sequence numbers.
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 120_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 600_000);
        this.producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
        this.ticks = serdes.tick().serializer();
        this.headlines = serdes.headline().serializer();
    }

    /** Sends up to {@code max} ticks from {@code source}, telling {@code progress} the count after each; returns how many. */
    public long sendTicks(String topic, Iterator<Tick> source, long max, LongConsumer progress) {
        long sent = 0;
        while (sent < max && source.hasNext()) {
            sendTick(topic, source.next());
            progress.accept(++sent);
        }
        return sent;
    }

    public void sendTick(String topic, Tick tick) {
        producer.send(new ProducerRecord<>(topic, null, tick.getTs().toEpochMilli(),
                tick.getSymbol().getBytes(StandardCharsets.UTF_8), ticks.serialize(topic, tick)), onFailure);
    }

    public void sendHeadlines(String topic, List<Headline> list) {
        for (Headline h : list) {
            producer.send(new ProducerRecord<>(topic, null, h.getPublishedAt().toEpochMilli(),
                    h.getId().getBytes(StandardCharsets.UTF_8), headlines.serialize(topic, h)), onFailure);
        }
    }

    /** Waits until everything sent is acknowledged; fails if any send failed. */
    public void flush() {
        producer.flush();
        Exception e = failure.get();
        if (e != null) {
            throw new IllegalStateException("cannot produce bench records: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
