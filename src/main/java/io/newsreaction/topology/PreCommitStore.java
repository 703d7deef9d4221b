package io.newsreaction.topology;

import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.query.Position;
import org.apache.kafka.streams.query.PositionBound;
import org.apache.kafka.streams.query.Query;
import org.apache.kafka.streams.query.QueryConfig;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.internals.CacheFlushListener;
import org.apache.kafka.streams.state.internals.CachedStateStore;

/**
 * A key-value store whose processor writes what it keeps in memory just before each commit.
 *
 * <p>A processor that changes a value on every record (the open chunk of a symbol's ticks, the
 * partition's tick time) need not write it to the store each time: it registers a
 * {@linkplain #beforeCommit hook} that writes the latest values, and Kafka Streams runs the hook
 * when it flushes the task's stores at the start of every commit — before the producer is
 * flushed and the transaction (or the offsets) committed, so the written values are part of the
 * same commit as the input they came from. A dirty close skips the flush and the hook together;
 * the processor then rebuilds its memory from the store in {@code init()}, as after any restore.
 *
 * <p>The hook rides on {@link CachedStateStore#flushCache()}, which Kafka Streams 4.4 calls on
 * every registered store of a task in {@code StreamTask.prepareCommit} (internal API;
 * {@code PreCommitStoreTest} pins it under the test driver, {@code PreCommitStoreIT} against a real
 * broker and an exactly-once commit, so a Kafka upgrade that changes it fails the build).
 * Processors reach the wrapped store with {@link #store()}.
 */
public final class PreCommitStore<K, V> implements StateStore, CachedStateStore<K, V> {
    private static final Runnable NOTHING = () -> { };

    private final KeyValueStore<K, V> inner;
    private Runnable beforeCommit = NOTHING;

    PreCommitStore(KeyValueStore<K, V> inner) {
        this.inner = Objects.requireNonNull(inner, "inner");
    }

    /** Wraps a key-value store builder; the built store keeps its name, logging and caching. */
    public static <K, V> StoreBuilder<PreCommitStore<K, V>> builder(StoreBuilder<KeyValueStore<K, V>> inner) {
        return new Builder<>(inner);
    }

    /** The store to read and write; writes made here between commits are cached as usual. */
    public KeyValueStore<K, V> store() {
        return inner;
    }

    /** Sets the hook run before every commit of this store's task (replaces any earlier hook). */
    public void beforeCommit(Runnable hook) {
        this.beforeCommit = Objects.requireNonNull(hook, "hook");
    }

    @Override
    public void flushCache() {
        beforeCommit.run();
        cached().flushCache();
    }

    @Override
    public void clearCache() {
        cached().clearCache();
    }

    @Override
    public boolean setFlushListener(CacheFlushListener<K, V> listener, boolean sendOldValues) {
        return cached().setFlushListener(listener, sendOldValues);
    }

    @SuppressWarnings("unchecked")
    private CachedStateStore<K, V> cached() {
        return (CachedStateStore<K, V>) inner;
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        inner.init(context, root);
    }

    @Override
    public void commit(Map<TopicPartition, Long> changelogOffsets) {
        inner.commit(changelogOffsets);
    }

    @Override
    public Long committedOffset(TopicPartition partition) {
        return inner.committedOffset(partition);
    }

    @Override
    public boolean managesOffsets() {
        return inner.managesOffsets();
    }

    @Override
    public void close() {
        beforeCommit = NOTHING;
        inner.close();
    }

    @Override
    public boolean persistent() {
        return inner.persistent();
    }

    @Override
    public boolean isOpen() {
        return inner.isOpen();
    }

    @Override
    public <R> QueryResult<R> query(Query<R> query, PositionBound positionBound, QueryConfig config) {
        return inner.query(query, positionBound, config);
    }

    @Override
    public long approximateNumUncommittedBytes() {
        return inner.approximateNumUncommittedBytes();
    }

    @Override
    public Position getPosition() {
        return inner.getPosition();
    }

    private static final class Builder<K, V> implements StoreBuilder<PreCommitStore<K, V>> {
        private final StoreBuilder<KeyValueStore<K, V>> inner;

        Builder(StoreBuilder<KeyValueStore<K, V>> inner) {
            this.inner = inner;
        }

        @Override
        public StoreBuilder<PreCommitStore<K, V>> withCachingEnabled() {
            inner.withCachingEnabled();
            return this;
        }

        @Override
        public StoreBuilder<PreCommitStore<K, V>> withCachingDisabled() {
            inner.withCachingDisabled();
            return this;
        }

        @Override
        public StoreBuilder<PreCommitStore<K, V>> withLoggingEnabled(Map<String, String> config) {
            inner.withLoggingEnabled(config);
            return this;
        }

        @Override
        public StoreBuilder<PreCommitStore<K, V>> withLoggingDisabled() {
            inner.withLoggingDisabled();
            return this;
        }

        @Override
        public PreCommitStore<K, V> build() {
            return new PreCommitStore<>(inner.build());
        }

        @Override
        public Map<String, String> logConfig() {
            return inner.logConfig();
        }

        @Override
        public boolean loggingEnabled() {
            return inner.loggingEnabled();
        }

        @Override
        public String name() {
            return inner.name();
        }
    }
}
