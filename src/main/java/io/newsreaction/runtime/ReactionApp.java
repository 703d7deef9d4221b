package io.newsreaction.runtime;

import io.newsreaction.registry.SchemaRegistryException;
import io.newsreaction.topology.ReactionMetrics;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns one {@link KafkaStreams} client of the reaction topology: starts it, logs state transitions
 * and a periodic late-tick summary (counts and topic-partition@offset, never payloads), and closes
 * it within a bounded time. A stream thread that died of a schema registry outage is replaced (its
 * tasks resume from the last commit); any other uncaught error stops the client.
 */
public final class ReactionApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ReactionApp.class);
    private static final Duration SUMMARY_EVERY = Duration.ofSeconds(30);
    private static final Duration OUTAGE_PAUSE = Duration.ofSeconds(1);

    private final KafkaStreams streams;
    private final Properties props;
    private final ReactionMetrics metrics;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final ScheduledExecutorService summary = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "reaction-summary");
        t.setDaemon(true);
        return t;
    });
    private final LateTickSummary lateTicks;

    public ReactionApp(Topology topology, Properties props, ReactionMetrics metrics) {
        this.streams = new KafkaStreams(topology, props);
        this.props = props;
        this.metrics = metrics;
        this.lateTicks = new LateTickSummary(metrics::lateTicks, metrics::lastLateTick);
        streams.setStateListener(this::onStateChange);
        streams.setUncaughtExceptionHandler(this::onUncaughtException);
    }

    public void start() {
        streams.start();
        summary.scheduleAtFixedRate(lateTicks::report, SUMMARY_EVERY.toMillis(), SUMMARY_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** The Kafka Streams configuration this client runs with. */
    public Properties properties() {
        return props;
    }

    public ReactionMetrics metrics() {
        return metrics;
    }

    /** Waits until the client is RUNNING; false on timeout or if it died first. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            KafkaStreams.State state = streams.state();
            if (state == KafkaStreams.State.RUNNING) {
                return true;
            }
            if (!state.isRunningOrRebalancing() && state != KafkaStreams.State.CREATED) {
                return false;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** Blocks until the client stops (error or close); returns the failure, if any. */
    public Throwable awaitStop() throws InterruptedException {
        stopped.await();
        return failure.get();
    }

    /** True when the client died rather than being closed. */
    public boolean failed() {
        return failure.get() != null || streams.state() == KafkaStreams.State.ERROR;
    }

    /**
     * A schema registry outage or a failed transaction replaces the thread after a pause (its tasks
     * restart from the last commit, so the records are read again and the output stays exactly
     * once); anything else stops the client.
     */
    private StreamThreadExceptionResponse onUncaughtException(Throwable e) {
        SchemaRegistryException outage = RegistryOutage.find(e);
        if (outage != null) {
            log.warn("schema registry unavailable: {}; replacing the stream thread in {} s to retry from the last commit",
                    outage.getMessage(), OUTAGE_PAUSE.toSeconds());
            pause(OUTAGE_PAUSE);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        }
        Throwable transaction = TransactionFailure.find(e);
        if (transaction != null) {
            log.warn("transaction failed: {}; replacing the stream thread in {} s to resume from the last commit",
                    transaction.toString(), OUTAGE_PAUSE.toSeconds());
            pause(OUTAGE_PAUSE);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        }
        failure.compareAndSet(null, e);
        log.error("stream thread died: {}", e.toString());
        return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void onStateChange(KafkaStreams.State newState, KafkaStreams.State oldState) {
        log.info("streams state {} -> {}", oldState, newState);
        if (newState == KafkaStreams.State.ERROR || newState == KafkaStreams.State.NOT_RUNNING) {
            stopped.countDown();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }

    public void close(Duration timeout) {
        summary.shutdownNow();
        lateTicks.report();
        streams.close(timeout);
        stopped.countDown();
    }
}
