package io.newsreaction.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A running Streams app under measurement: how to find its progress, its ticks read and its state. */
interface MeasuredApp extends AutoCloseable {
    String name();

    String groupId();

    Map<String, Object> kafkaConfig();

    /** Topics whose committed offsets show its progress: inputs and repartition topics. */
    List<String> groupTopics();

    /** Changes whenever the app made progress (outputs emitted). */
    long signature();

    /** The app's tick deserializer, which counts the ticks it read. */
    CountingDeserializer<?> tickCounter();

    default long ticksRead() {
        return tickCounter().count();
    }

    /** {@link System#nanoTime()} of the first tick read, or {@link Long#MIN_VALUE}. */
    default long firstTickNanos() {
        return tickCounter().firstNanos();
    }

    boolean failed();

    /** The app's own state directory ({@code <state.dir>/<application.id>}). */
    Path stateDir();

    @Override
    void close();
}
