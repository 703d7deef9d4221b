package io.newsreaction.runtime;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.topology.ReactionMetrics;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The Prometheus registry behind {@code GET /metrics}: Kafka Streams client metrics (Micrometer's
 * binder) plus the app's own counters under {@code news_reaction_*}. Micrometer keeps only weak
 * references to the objects counters read, so this class holds them for as long as it lives.
 */
public final class ReactionMeters implements AutoCloseable {
    private static final String PREFIX = "news.reaction.";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ReactionMetrics metrics;
    private final ExternalCounters external;
    private final KafkaStreamsMetrics streamsMetrics;

    /**
     * @param streams  the client whose metrics to bind, or null for none
     * @param metrics  the topology's counters
     * @param external registry and DLQ counters (see {@link #droppedRecords(KafkaStreams)})
     */
    public ReactionMeters(KafkaStreams streams, ReactionMetrics metrics, ExternalCounters external) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.external = Objects.requireNonNull(external, "external");
        this.streamsMetrics = streams == null ? null : new KafkaStreamsMetrics(streams);
        if (streamsMetrics != null) {
            streamsMetrics.bindTo(registry);
        }
        bindReactionMetrics();
        bindExternal();
    }

    /**
     * Records Kafka Streams dropped so far on this client, per task ({@code dropped-records-total}
     * by {@code task-id}): with the app's configuration every dropped record goes to the dead-letter
     * queue. Sum them with a {@link TaskCounterSum} so the total survives closed tasks.
     */
    public static Map<String, Long> droppedRecordsByTask(KafkaStreams streams) {
        Map<String, Long> byTask = new HashMap<>();
        for (Map.Entry<MetricName, ? extends Metric> e : streams.metrics().entrySet()) {
            MetricName name = e.getKey();
            if (name.name().equals("dropped-records-total") && name.group().equals("stream-task-metrics")
                    && e.getValue().metricValue() instanceof Number n && Double.isFinite(n.doubleValue())) {
                byTask.merge(name.tags().getOrDefault("task-id", "") + "/" + name.tags().getOrDefault("thread-id", ""),
                        (long) n.doubleValue(), Long::sum);
            }
        }
        return byTask;
    }

    /** Records dropped (dead-lettered) by this client since it started; never decreases. */
    public static java.util.function.LongSupplier droppedRecords(KafkaStreams streams) {
        TaskCounterSum sum = new TaskCounterSum();
        return () -> sum.update(droppedRecordsByTask(streams));
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** The registry in the Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    private void bindReactionMetrics() {
        emitted(ReactionStatus.PROVISIONAL, ReactionMetrics::provisionalReactions);
        emitted(ReactionStatus.FINAL, ReactionMetrics::finalReactions);
        emitted(ReactionStatus.NO_REFERENCE, ReactionMetrics::noReferenceReactions);
        counter("late.ticks.dropped", "Ticks dropped for arriving after tick time minus grace", metrics, ReactionMetrics::lateTicks);
        counter("ticks.out.of.session", "Ticks outside trading sessions (kept for bars, not for prices)",
                metrics, ReactionMetrics::outOfSessionTicks);
        counter("ticks.misplaced", "Ticks dead-lettered for a partition their key does not belong on (topics.ticks.partitioner)",
                metrics, ReactionMetrics::misplacedTicks);
        counter("headlines.routed", "Headlines routed to at least one symbol", metrics, ReactionMetrics::headlinesRouted);
        counter("headlines.unrouted", "Headlines that matched no symbol of the universe", metrics, ReactionMetrics::headlinesUnrouted);
        counter("legs.computed", "Reaction legs (headline x symbol x horizon) computed", metrics, ReactionMetrics::legsComputed);
        counter("headlines.retracted", "Tombstones on the headlines topic that retracted a live headline",
                metrics, ReactionMetrics::headlinesRetracted);
        counter("headlines.tombstones.unknown", "Headline tombstones for an unknown, already retracted or expired id",
                metrics, ReactionMetrics::unknownTombstones);
        counter("legs.retracted", "Legs dropped at stage 2 because their headline generation was retracted",
                metrics, ReactionMetrics::retractedLegs);
    }

    private void bindExternal() {
        counter("dlq.records", "Records sent to the dead-letter queue", external, c -> c.dlqRecords().getAsLong());
        counter("registry.requests", "Requests made to the schema registry", external, c -> c.registryRequests().getAsLong());
        counter("registry.errors", "Failed schema registry requests", external, c -> c.registryErrors().getAsLong());
    }

    private void emitted(ReactionStatus status, ToDoubleFunction<ReactionMetrics> count) {
        FunctionCounter.builder(PREFIX + "reactions.emitted", metrics, count)
                .description("Market reactions emitted, by status")
                .tag("status", status.name())
                .register(registry);
    }

    private <T> void counter(String name, String description, T source, ToDoubleFunction<T> count) {
        FunctionCounter.builder(PREFIX + name, source, count).description(description).register(registry);
    }

    @Override
    public void close() {
        if (streamsMetrics != null) {
            streamsMetrics.close();
        }
        registry.close();
    }
}
