package io.newsreaction.dashboard;

import io.newsreaction.query.http.FeedSource;
import io.newsreaction.serde.AvroJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard's live feed: one read-committed consumer (no group) on the service's output topics
 * from the beginning, so a browser sees exactly what downstream consumers see, as soon as the
 * transaction that wrote it commits. Keeps the latest record per key (at most
 * {@value #MAX_KEYS} keys, the oldest dropped first) for new subscribers, and hands every record
 * to the current ones. Every instance reads the whole topics: a browser may ask any of them.
 */
public final class LiveFeed implements FeedSource, AutoCloseable {
    static final int MAX_KEYS = 20_000;
    static final int SUBSCRIBER_BACKLOG = 20_000;
    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration RETRY = Duration.ofSeconds(1);

    /** One output topic: the feed type its records get and how to read them. */
    public record Topic(String type, String name, Deserializer<? extends IndexedRecord> keys,
            Deserializer<? extends IndexedRecord> values) {
    }

    private final KafkaConsumer<IndexedRecord, IndexedRecord> consumer;
    private final Map<String, Topic> topics = new LinkedHashMap<>();
    private final LinkedHashMap<String, Item> latest = new LinkedHashMap<>();
    private final List<Queue> subscribers = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private long sequence;
    private volatile boolean closed;

    @SuppressWarnings("unchecked")
    private LiveFeed(Map<String, ?> kafkaConfig, List<Topic> topics) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "news-reaction-dashboard-feed");
        topics.forEach(t -> this.topics.put(t.name(), t));
        Deserializer<IndexedRecord> keys = (topic, data) -> data == null ? null : this.topics.get(topic).keys().deserialize(topic, data);
        Deserializer<IndexedRecord> values = (topic, data) -> data == null ? null
                : this.topics.get(topic).values().deserialize(topic, data);
        this.consumer = new KafkaConsumer<>(config, keys, values);
        this.thread = new Thread(this::run, "dashboard-feed");
        this.thread.setDaemon(true);
    }

    /** Starts reading {@code topics} from the beginning. */
    public static LiveFeed start(Map<String, ?> kafkaConfig, List<Topic> topics) {
        LiveFeed feed = new LiveFeed(kafkaConfig, topics);
        feed.thread.start();
        return feed;
    }

    @Override
    public synchronized Subscription subscribe() {
        Queue queue = new Queue(List.copyOf(latest.values()));
        subscribers.add(queue);
        return queue;
    }

    private void run() {
        try {
            assignAll();
            while (!closed) {
                for (ConsumerRecord<IndexedRecord, IndexedRecord> r : consumer.poll(POLL)) {
                    publish(topics.get(r.topic()).type(), r.key(), r.value());
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (!closed) {
                log.error("dashboard live feed stopped: {}", e.toString());
            }
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** Assigns every partition of every topic, waiting for topics that do not exist yet. */
    private void assignAll() throws InterruptedException {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics.keySet()) {
            List<PartitionInfo> info = consumer.partitionsFor(topic);
            while (!closed && (info == null || info.isEmpty())) {
                Thread.sleep(RETRY.toMillis());
                info = consumer.partitionsFor(topic);
            }
            if (info != null) {
                info.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    private synchronized void publish(String type, IndexedRecord key, IndexedRecord value) {
        if (key == null) {
            return;
        }
        String keyJson = AvroJson.toJson(key);
        Item item = new Item(++sequence, type, keyJson, value == null ? null : AvroJson.toJson(value));
        String slot = type + keyJson;
        latest.remove(slot);
        if (value != null) {
            latest.put(slot, item);
            if (latest.size() > MAX_KEYS) {
                latest.remove(latest.keySet().iterator().next());
            }
        }
        subscribers.forEach(q -> q.offer(item));
    }

    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One subscriber's records after its snapshot. */
    private final class Queue implements Subscription {
        private final List<Item> snapshot;
        private final BlockingQueue<Item> items = new ArrayBlockingQueue<>(SUBSCRIBER_BACKLOG);
        private volatile boolean overflowed;

        Queue(List<Item> snapshot) {
            this.snapshot = snapshot;
        }

        void offer(Item item) {
            if (!items.offer(item)) {
                overflowed = true;
            }
        }

        @Override
        public List<Item> snapshot() {
            return snapshot;
        }

        @Override
        public Item next(Duration timeout) throws InterruptedException {
            return items.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public boolean overflowed() {
            return overflowed;
        }

        @Override
        public void close() {
            subscribers.remove(this);
        }
    }
}
