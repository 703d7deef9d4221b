package io.newsreaction.client;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Publishes a batch of records in one Kafka transaction: all of them or none. Record timestamps are
 * the records' event times, so {@code offsetsForTimes} finds them by event time later.
 */
public final class RecordPublisher implements AutoCloseable {
    private final KafkaProducer<byte[], byte[]> producer;

    /**
     * @param kafkaConfig     client settings (bootstrap servers, security)
     * @param transactionalId the producer's transactional id
     */
    public RecordPublisher(Map<String, ?> kafkaConfig, String transactionalId) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        this.producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
        try {
            producer.initTransactions();
        } catch (KafkaException e) {
            producer.close(java.time.Duration.ZERO); // e.g. wrong credentials: do not leave it reconnecting
            throw e;
        }
    }

    /** One record to publish: topic, key, value and event time. */
    public record Item<K, V>(String topic, K key, V value, long timestamp) {
    }

    /** How to turn items of one kind into bytes. */
    public record Codec<K, V>(Serializer<K> keySerializer, Serializer<V> valueSerializer) {
    }

    /** Publishes every item in one transaction and returns how many were sent. */
    public <T, K, V> int publish(List<T> items, Function<T, Item<K, V>> toItem, Codec<K, V> codec) {
        producer.beginTransaction();
        try {
            for (T t : items) {
                Item<K, V> item = toItem.apply(t);
                byte[] key = codec.keySerializer().serialize(item.topic(), item.key());
                byte[] value = codec.valueSerializer().serialize(item.topic(), item.value());
                producer.send(new ProducerRecord<>(item.topic(), null, item.timestamp(), key, value));
            }
            producer.commitTransaction();
            return items.size();
        } catch (KafkaException | IllegalStateException e) {
            abortQuietly();
            throw e;
        }
    }

    private void abortQuietly() {
        try {
            producer.abortTransaction();
        } catch (KafkaException ignored) {
            // the transaction is already doomed; the original exception says why
        }
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(10));
    }
}
