package io.newsreaction.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/** Prints a {@link BenchResult} as a table and writes it as JSON. */
final class BenchReport {
    private static final double MB = 1024.0 * 1024.0;

    private BenchReport() {
    }

    static void print(BenchResult r, PrintStream out) {
        out.println();
        out.printf(Locale.ROOT,
                "bench: %,d ticks, %,d headlines, %d symbols, %d trading days, seed %d, %d partitions, "
                        + "Java %s, %d cores, %,d warm-up ticks%n",
                r.ticks(), r.headlines(), r.symbols(), r.tradingDays(), r.seed(), r.partitions(), r.javaVersion(), r.cores(),
                r.warmupTicks());
        out.printf(Locale.ROOT, "jvm: %s; arguments %s%n", String.join(", ", r.garbageCollectors()),
                r.jvmArguments().isEmpty() ? "none" : String.join(" ", r.jvmArguments()));
        out.printf(Locale.ROOT, "streams: exactly-once v2, commit.interval.ms %d, producer linger.ms %d, batch.size %d%s%n",
                r.commitIntervalMs(), r.producerLingerMs(), r.producerBatchSize(),
                r.streamsConfig().isEmpty() ? " (the product's defaults)" : "; --streams-config " + r.streamsConfig());
        out.printf(Locale.ROOT, "broker: %s; CPU-seconds count this JVM and its child processes (broker, registry)%n", r.broker());
        row(out, "ceiling (plain consumer + Avro decode)", String.format(Locale.ROOT, "%,.0f ticks/s", r.ceilingTicksPerSec()),
                String.format(Locale.ROOT, "%,.0f ticks per CPU-second", r.ceilingTicksPerCpuSec()));
        if (Double.isNaN(r.frameworkTicksPerSec())) {
            row(out, "framework (empty topology, exactly-once)", "skipped", "");
        } else {
            row(out, "framework (empty topology, exactly-once)", String.format(Locale.ROOT, "%,.0f ticks/s", r.frameworkTicksPerSec()),
                    String.format(Locale.ROOT, "%.0f%% of ceiling, %,.0f ticks per CPU-second; the most any Kafka Streams job reaches here",
                            100 * r.frameworkTicksPerSec() / r.ceilingTicksPerSec(), r.frameworkTicksPerCpuSec()));
            threadRows(out, "framework stream threads", r.frameworkStreamThreads());
        }
        row(out, "app (real topology, exactly-once)", String.format(Locale.ROOT, "%,.0f ticks/s", r.appTicksPerSec()),
                String.format(Locale.ROOT, "%.1f s, %.0f%% of ceiling, %s%,.0f ticks per CPU-second%s", r.appSeconds(),
                        100 * r.appVsCeiling(), Double.isNaN(r.appVsFramework()) ? ""
                                : String.format(Locale.ROOT, "%.0f%% of framework, ", 100 * r.appVsFramework()),
                        r.appTicksPerCpuSec(), r.appCompleted() ? "" : ", TIMED OUT"));
        if (r.appStreamThreads() != null) {
            threadRows(out, "app stream threads", r.appStreamThreads());
            if (r.appStreamThreads().bytesSent() > 0) {
                row(out, "app bytes sent, by topic", String.format(Locale.ROOT, "%.1f MB", r.appStreamThreads().bytesSent() / MB),
                        r.appStreamThreads().describeBytesSent());
            }
        }
        if (Double.isNaN(r.naiveTicksPerSec())) {
            row(out, "naive (DSL join + onWindowClose)", "skipped", "");
        } else {
            row(out, "naive (DSL join + onWindowClose)", String.format(Locale.ROOT, "%,.0f ticks/s", r.naiveTicksPerSec()),
                    String.format(Locale.ROOT, "%.1f s, app is %.1fx, %,.0f ticks per CPU-second%s", r.naiveSeconds(), r.appVsNaive(),
                            r.naiveTicksPerCpuSec(), r.naiveCompleted() ? "" : ", stopped at time limit"));
        }
        if (r.latencySamples() == 0) {
            row(out, "emit latency p50 / p99 / max", "skipped", "");
        } else {
            row(out, "emit latency p50 / p99 / max", String.format(Locale.ROOT, "%.0f / %.0f / %.0f ms", r.p50EmitLatencyMs(),
                    r.p99EmitLatencyMs(), r.maxEmitLatencyMs()),
                    String.format(Locale.ROOT, "%d reactions, live feed %,.0f ticks/s", r.latencySamples(), r.liveTicksPerSec()));
            if (r.liveStreamThreads() != null) {
                threadRows(out, "live app stream threads", r.liveStreamThreads());
            }
        }
        row(out, "heap peak / live after GC (app phase)", String.format(Locale.ROOT, "%.0f / %.0f MB", r.peakHeapBytes() / MB,
                r.liveHeapAfterGcBytes() / MB),
                String.format(Locale.ROOT, "max heap %.0f MB of the bench JVM", r.maxHeapBytes() / MB));
        row(out, "peak RSS (app phase)", String.format(Locale.ROOT, "%.0f MB", r.peakRssBytes() / MB),
                "the bench JVM; broker and registry not included");
        row(out, "state stores on disk (app)", String.format(Locale.ROOT, "%.1f MB", r.stateStoreBytes() / MB), storeDetail(r));
        row(out, "state store entries (app)", String.format(Locale.ROOT, "%,d",
                r.stateStoreEntriesByStore().values().stream().mapToLong(Long::longValue).sum()), entriesDetail(r));
        row(out, "internal records per headline", String.format(Locale.ROOT, "%,.0f", r.internalRecordsPerHeadline()),
                String.format(Locale.ROOT, "%,.0f bytes per headline, on repartition topics and changelogs", r.internalBytesPerHeadline()));
        row(out, "bytes per pending reaction", String.format(Locale.ROOT, "%.0f B (stage 1)", r.bytesPerPendingReaction()),
                String.format(Locale.ROOT, "stage 2 legs up to %.0f B while waiting", r.stageTwoBytesPerReaction()));
        row(out, "reactions", String.format(Locale.ROOT, "%,d final", r.finalReactions()),
                String.format(Locale.ROOT, "%,d provisional, %,d no-reference, %,d legs, %,d late ticks",
                        r.provisionalReactions(), r.noReferenceReactions(), r.legsComputed(), r.lateTicks()));
        out.println("Figures are from one run on a shared machine: compare the ratios within the run, not absolute rates across runs.");
    }

    private static String entriesDetail(BenchResult r) {
        StringBuilder s = new StringBuilder();
        r.stateStoreEntriesByStore().forEach((store, entries) ->
                s.append(s.length() == 0 ? "" : ", ").append(store).append(String.format(Locale.ROOT, " %,d", entries)));
        return s.toString();
    }

    private static String storeDetail(BenchResult r) {
        StringBuilder s = new StringBuilder();
        r.stateStoreBytesByStore().forEach((store, bytes) -> {
            if (bytes >= MB / 10) {
                s.append(s.length() == 0 ? "" : ", ").append(store).append(String.format(Locale.ROOT, " %.1f", bytes / MB));
            }
        });
        return s.toString();
    }

    /** CPU and loop split of an app's stream threads, and where a commit's time went. */
    private static void threadRows(PrintStream out, String what, StreamThreadFigures threads) {
        row(out, what, String.format(Locale.ROOT, "%.1f CPU-s", threads.cpuSeconds()), threads.describe());
        if (!threads.describeCommit().isEmpty()) {
            row(out, "", "", threads.describeCommit());
        }
    }

    private static void row(PrintStream out, String what, String value, String note) {
        out.printf(Locale.ROOT, "  %-40s %22s   %s%n", what, value, note);
    }

    static void write(BenchResult r, Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), r);
    }
}
