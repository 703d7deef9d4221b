package io.newsreaction.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Where a Streams app's threads spent the phase: their CPU seconds (from the JVM) and Kafka
 * Streams' own thread metrics (share of the loop spent processing, polling and committing, commit
 * count and latency), to tell a CPU-bound topology from one that waits on commits.
 *
 * @param cpuSeconds       CPU seconds of the app's stream threads
 * @param processRatio     Streams' {@code process-ratio} (last metrics window), summed over threads
 * @param pollRatio        {@code poll-ratio}
 * @param commitRatio      {@code commit-ratio}
 * @param commits          {@code commit-total}
 * @param commitLatencyMs  {@code commit-latency-avg}
 * @param flushMs          the producers' {@code flush-time-ns-total}: waiting for every record of the
 *                         transaction to be acknowledged, in ms over the phase
 * @param sendOffsetsMs    {@code txn-send-offsets-time-ns-total}: adding the input offsets to the transaction
 * @param commitTxnMs      {@code txn-commit-time-ns-total}: ending the transaction at the coordinator
 * @param bytesSentByTopic the producers' {@code byte-total} per topic (record batches as sent, so
 *                         after compression), internal topics without the application id prefix,
 *                         largest first: what a commit has to flush
 * @param recordsSentByTopic the producers' {@code record-send-total} per topic, named as above
 */
record StreamThreadFigures(double cpuSeconds, double processRatio, double pollRatio, double commitRatio,
        double commits, double commitLatencyMs, double flushMs, double sendOffsetsMs, double commitTxnMs,
        Map<String, Double> bytesSentByTopic, Map<String, Double> recordsSentByTopic) {
    private static final String THREAD_GROUP = "stream-thread-metrics";
    private static final String PRODUCER_GROUP = "producer-metrics";
    private static final String PRODUCER_TOPIC_GROUP = "producer-topic-metrics";

    static StreamThreadFigures of(KafkaStreams streams, String applicationId) {
        Map<MetricName, ? extends Metric> metrics = streams.metrics();
        return new StreamThreadFigures(cpuSeconds(applicationId), sum(metrics, THREAD_GROUP, "process-ratio"),
                sum(metrics, THREAD_GROUP, "poll-ratio"), sum(metrics, THREAD_GROUP, "commit-ratio"),
                sum(metrics, THREAD_GROUP, "commit-total"), sum(metrics, THREAD_GROUP, "commit-latency-avg"),
                sum(metrics, PRODUCER_GROUP, "flush-time-ns-total") / 1e6,
                sum(metrics, PRODUCER_GROUP, "txn-send-offsets-time-ns-total") / 1e6,
                sum(metrics, PRODUCER_GROUP, "txn-commit-time-ns-total") / 1e6,
                sentByTopic(metrics, applicationId, "byte-total"), sentByTopic(metrics, applicationId, "record-send-total"));
    }

    private static Map<String, Double> sentByTopic(Map<MetricName, ? extends Metric> metrics, String applicationId, String metricName) {
        Map<String, Double> bytes = new HashMap<>();
        metrics.forEach((name, metric) -> {
            String topic = name.tags().get("topic");
            if (name.group().equals(PRODUCER_TOPIC_GROUP) && name.name().equals(metricName) && topic != null
                    && metric.metricValue() instanceof Number n && Double.isFinite(n.doubleValue())) {
                String shown = topic.startsWith(applicationId + "-") ? topic.substring(applicationId.length() + 1) : topic;
                bytes.merge(shown, n.doubleValue(), Double::sum);
            }
        });
        Map<String, Double> largestFirst = new LinkedHashMap<>();
        bytes.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> largestFirst.put(e.getKey(), e.getValue()));
        return largestFirst;
    }

    private static double sum(Map<MetricName, ? extends Metric> metrics, String group, String name) {
        double total = 0;
        for (Map.Entry<MetricName, ? extends Metric> e : metrics.entrySet()) {
            if (e.getKey().group().equals(group) && e.getKey().name().equals(name)
                    && e.getValue().metricValue() instanceof Number n && Double.isFinite(n.doubleValue())) {
                total += n.doubleValue();
            }
        }
        return total;
    }

    private static double cpuSeconds(String applicationId) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith(applicationId + "-")
                    && info.getThreadName().matches(".*-StreamThread-\\d+$")) {
                nanos += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return nanos / 1e9;
    }

    String describe() {
        return String.format(java.util.Locale.ROOT, "process %.0f %%, poll %.0f %%, commit %.0f %% of the loop; "
                + "%.0f commits, %.1f ms each",  processRatio * 100, pollRatio * 100, commitRatio * 100,
                commits, commitLatencyMs);
    }

    /**
     * The figures of the time since {@code earlier} (taken from the same app): CPU, commits, commit
     * parts and bytes are totals, so they are differences; the loop ratios and the commit latency
     * are Kafka Streams' windowed values, so they are this snapshot's.
     */
    StreamThreadFigures since(StreamThreadFigures earlier) {
        return new StreamThreadFigures(cpuSeconds - earlier.cpuSeconds, processRatio, pollRatio, commitRatio,
                commits - earlier.commits, commitLatencyMs, flushMs - earlier.flushMs, sendOffsetsMs - earlier.sendOffsetsMs,
                commitTxnMs - earlier.commitTxnMs, minus(bytesSentByTopic, earlier.bytesSentByTopic),
                minus(recordsSentByTopic, earlier.recordsSentByTopic));
    }

    private static Map<String, Double> minus(Map<String, Double> later, Map<String, Double> earlier) {
        Map<String, Double> difference = new LinkedHashMap<>();
        later.forEach((topic, total) -> difference.put(topic, total - earlier.getOrDefault(topic, 0.0)));
        return difference;
    }

    /**
     * Bytes sent to the application's internal topics (repartition topics and store changelogs):
     * the traffic the topology adds on top of its input and output.
     */
    double internalBytesSent() {
        return internal(bytesSentByTopic);
    }

    /** Records sent to the application's internal topics. */
    double internalRecordsSent() {
        return internal(recordsSentByTopic);
    }

    /** An internal topic is named {@code <application.id>-<name>-repartition} or {@code -changelog}; shown without the prefix. */
    static boolean isInternal(String shownTopic) {
        return shownTopic.endsWith("-repartition") || shownTopic.endsWith("-changelog");
    }

    private static double internal(Map<String, Double> byTopic) {
        return byTopic.entrySet().stream().filter(e -> isInternal(e.getKey())).mapToDouble(Map.Entry::getValue).sum();
    }

    /** Bytes sent to all topics. */
    double bytesSent() {
        return bytesSentByTopic.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Bytes sent per topic in MB, largest first; empty when nothing was sent. */
    String describeBytesSent() {
        StringBuilder s = new StringBuilder();
        bytesSentByTopic.forEach((topic, bytes) -> s.append(s.length() == 0 ? "" : ", ")
                .append(topic).append(String.format(java.util.Locale.ROOT, " %.1f", bytes / (1024.0 * 1024.0))));
        return s.toString();
    }

    /** Where a commit's time goes, per commit; empty before the first commit. */
    String describeCommit() {
        if (commits < 1) {
            return "";
        }
        return String.format(java.util.Locale.ROOT, "per commit: producer flush %.1f, send offsets %.1f, end transaction %.1f ms",
                flushMs / commits, sendOffsetsMs / commits, commitTxnMs / commits);
    }
}
