package io.newsreaction.ingest;

import io.newsreaction.client.RecordPublisher.Codec;
import io.newsreaction.client.RecordPublisher.Item;
import io.newsreaction.client.ProgressLine;
import io.newsreaction.client.RecordPublisher;
import io.newsreaction.config.AppSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.UUID;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the valid records of one input file in one Kafka transaction. Every value is serialized
 * first, so a schema the registry refuses (e.g. 409, not BACKWARD compatible) or an unreachable
 * registry fails before anything is sent; then the topic is checked and the batch committed.
 */
public final class FileIngest {
    private static final Logger log = LoggerFactory.getLogger(FileIngest.class);
    private static final String TRANSACTIONAL_PREFIX = "news-reaction-ingest-";

    private final AppSettings settings;
    private final String topic;

    public FileIngest(AppSettings settings, String topic) {
        this.settings = settings;
        this.topic = topic;
    }

    /** Publishes {@code records} (all or none) and says how it went; {@code rejected} is only reported. */
    public <T> IngestSummary publish(List<T> records, RecordKind<T> kind, int rejected) {
        return publish(records, kind, rejected, null);
    }

    /** As {@link #publish(List, RecordKind, int)}, showing the rows sent on {@code progress} (null: none). */
    public <T> IngestSummary publish(List<T> records, RecordKind<T> kind, int rejected, ProgressLine progress) {
        if (records.isEmpty()) {
            return new IngestSummary(0, rejected, topic, Duration.ZERO, Duration.ZERO);
        }
        long started = System.nanoTime();
        List<Item<byte[], byte[]>> items = serialize(records, kind);
        long serializing = System.nanoTime() - started;
        TopicCheck.ensure(settings.kafka(), settings.topics(), topic);
        ByteArraySerializer bytes = new ByteArraySerializer();
        String transactionalId = TRANSACTIONAL_PREFIX + UUID.randomUUID();
        long sending;
        try (RecordPublisher publisher = new RecordPublisher(settings.kafka(), transactionalId)) {
            long sendStarted = System.nanoTime();
            LongConsumer shown = progress == null ? sent -> { } : progress.counting("publish", items.size(), "rows");
            publisher.publish(items, item -> item, new Codec<>(bytes, bytes), shown);
            sending = System.nanoTime() - sendStarted;
        } catch (KafkaException e) {
            throw new IllegalStateException("nothing published to " + topic + " at " + bootstrap() + ": " + e.getMessage(), e);
        }
        log.debug("{} records for {}: serialized in {} ms, sent and committed in {} ms", items.size(), topic,
                serializing / 1_000_000, sending / 1_000_000);
        return new IngestSummary(items.size(), rejected, topic, Duration.ofNanos(serializing + sending),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private <T> List<Item<byte[], byte[]>> serialize(List<T> records, RecordKind<T> kind) {
        List<Item<byte[], byte[]>> items = new ArrayList<>(records.size());
        try {
            for (T record : records) {
                byte[] key = kind.key().apply(record).getBytes(StandardCharsets.UTF_8);
                byte[] value = kind.values().serialize(topic, record);
                items.add(new Item<>(topic, key, value, kind.eventTime().applyAsLong(record)));
            }
        } catch (SerializationException e) {
            throw new IllegalStateException("nothing published to " + topic + ": " + e.getMessage(), e);
        }
        return items;
    }

    private String bootstrap() {
        return settings.kafka().get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
    }
}
