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
        printSetup(r.load(), r.machine(), r.config(), out);
        printThroughput(r, out);
        printLatency(r.latency(), out);
        printMemory(r.machine(), r.memory(), out);
        BenchResult.Counters c = r.counters();
        row(out, "internal records per headline", String.format(Locale.ROOT, "%,.0f", r.internalTraffic().internalRecordsPerHeadline()),
                String.format(Locale.ROOT, "%,.0f bytes per headline, on repartition topics and changelogs",
                        r.internalTraffic().internalBytesPerHeadline()));
        row(out, "bytes per pending reaction", String.format(Locale.ROOT, "%.0f B (stage 1)", r.memory().bytesPerPendingReaction()),
                String.format(Locale.ROOT, "stage 2 legs up to %.0f B while waiting", r.memory().stageTwoBytesPerReaction()));
        row(out, "reactions", String.format(Locale.ROOT, "%,d final", c.finalReactions()),
                String.format(Locale.ROOT, "%,d provisional, %,d no-reference, %,d legs, %,d late ticks",
                        c.provisionalReactions(), c.noReferenceReactions(), c.legsComputed(), c.lateTicks()));
        out.println("Figures are from one run on a shared machine: compare the ratios within the run, not absolute rates across runs.");
    }

    private static void printSetup(BenchResult.Load l, BenchResult.Machine m, BenchResult.Config c, PrintStream out) {
        out.printf(Locale.ROOT,
                "bench: %,d ticks, %,d headlines, %d symbols, %d trading days, seed %d, %d partitions, "
                        + "Java %s, %d cores, %,d warm-up ticks%n",
                l.ticks(), l.headlines(), l.symbols(), l.tradingDays(), l.seed(), l.partitions(), m.javaVersion(), m.cores(),
                l.warmupTicks());
        out.printf(Locale.ROOT, "jvm: %s; arguments %s%n", String.join(", ", m.garbageCollectors()),
                m.jvmArguments().isEmpty() ? "none" : String.join(" ", m.jvmArguments()));
        out.printf(Locale.ROOT, "streams: exactly-once v2, commit.interval.ms %d, producer linger.ms %d, batch.size %d%s%n",
                c.commitIntervalMs(), c.producerLingerMs(), c.producerBatchSize(),
                c.streamsConfig().isEmpty() ? " (the product's defaults)" : "; --streams-config " + c.streamsConfig());
        out.printf(Locale.ROOT, "broker: %s; CPU-seconds count this JVM and its child processes (broker, registry)%n", c.broker());
    }

    private static void printThroughput(BenchResult r, PrintStream out) {
        BenchResult.Ceiling ceiling = r.ceiling();
        BenchResult.Framework f = r.framework();
        BenchResult.App a = r.app();
        BenchResult.Naive n = r.naive();
        row(out, "ceiling (plain consumer + Avro decode)", String.format(Locale.ROOT, "%,.0f ticks/s", ceiling.ceilingTicksPerSec()),
                String.format(Locale.ROOT, "%,.0f ticks per CPU-second", ceiling.ceilingTicksPerCpuSec()));
        if (Double.isNaN(f.frameworkTicksPerSec())) {
            row(out, "framework (empty topology, exactly-once)", "skipped", "");
        } else {
            row(out, "framework (empty topology, exactly-once)", String.format(Locale.ROOT, "%,.0f ticks/s", f.frameworkTicksPerSec()),
                    String.format(Locale.ROOT, "%.0f%% of ceiling, %,.0f ticks per CPU-second; the most any Kafka Streams job reaches here",
                            100 * f.frameworkTicksPerSec() / ceiling.ceilingTicksPerSec(), f.frameworkTicksPerCpuSec()));
            threadRows(out, "framework stream threads", f.frameworkStreamThreads());
        }
        row(out, "app (real topology, exactly-once)", String.format(Locale.ROOT, "%,.0f ticks/s", a.appTicksPerSec()),
                String.format(Locale.ROOT, "%.1f s, %.0f%% of ceiling, %s%,.0f ticks per CPU-second%s", a.appSeconds(),
                        100 * a.appVsCeiling(), Double.isNaN(a.appVsFramework()) ? ""
                                : String.format(Locale.ROOT, "%.0f%% of framework, ", 100 * a.appVsFramework()),
                        a.appTicksPerCpuSec(), a.appCompleted() ? "" : ", TIMED OUT"));
        if (a.appStreamThreads() != null) {
            threadRows(out, "app stream threads", a.appStreamThreads());
            if (a.appStreamThreads().bytesSent() > 0) {
                row(out, "app bytes sent, by topic", String.format(Locale.ROOT, "%.1f MB", a.appStreamThreads().bytesSent() / MB),
                        a.appStreamThreads().describeBytesSent());
            }
        }
        if (Double.isNaN(n.naiveTicksPerSec())) {
            row(out, "naive (DSL join + onWindowClose)", "skipped", "");
        } else {
            row(out, "naive (DSL join + onWindowClose)", String.format(Locale.ROOT, "%,.0f ticks/s", n.naiveTicksPerSec()),
                    String.format(Locale.ROOT, "%.1f s, app is %.1fx, %,.0f ticks per CPU-second%s", n.naiveSeconds(), a.appVsNaive(),
                            n.naiveTicksPerCpuSec(), n.naiveCompleted() ? "" : ", stopped at time limit"));
        }
    }

    private static void printLatency(BenchResult.Latency l, PrintStream out) {
        if (l.latencySamples() == 0) {
            row(out, "emit latency p50 / p99 / max", "skipped", "");
            return;
        }
        row(out, "emit latency p50 / p99 / max", String.format(Locale.ROOT, "%.0f / %.0f / %.0f ms", l.p50EmitLatencyMs(),
                l.p99EmitLatencyMs(), l.maxEmitLatencyMs()),
                String.format(Locale.ROOT, "%d reactions, live feed %,.0f ticks/s", l.latencySamples(), l.liveTicksPerSec()));
        if (l.liveStreamThreads() != null) {
            threadRows(out, "live app stream threads", l.liveStreamThreads());
        }
    }

    private static void printMemory(BenchResult.Machine machine, BenchResult.Memory m, PrintStream out) {
        row(out, "heap peak / live after GC (app phase)", String.format(Locale.ROOT, "%.0f / %.0f MB", m.peakHeapBytes() / MB,
                m.liveHeapAfterGcBytes() / MB),
                String.format(Locale.ROOT, "max heap %.0f MB of the bench JVM", machine.maxHeapBytes() / MB));
        row(out, "peak RSS (app phase)", String.format(Locale.ROOT, "%.0f MB", m.peakRssBytes() / MB),
                "the bench JVM; broker and registry not included");
        row(out, "state stores on disk (app)", String.format(Locale.ROOT, "%.1f MB", m.stateStoreBytes() / MB), storeDetail(m));
        row(out, "state store entries (app)", String.format(Locale.ROOT, "%,d",
                m.stateStoreEntriesByStore().values().stream().mapToLong(Long::longValue).sum()), entriesDetail(m));
    }

    private static String entriesDetail(BenchResult.Memory m) {
        StringBuilder s = new StringBuilder();
        m.stateStoreEntriesByStore().forEach((store, entries) ->
                s.append(s.length() == 0 ? "" : ", ").append(store).append(String.format(Locale.ROOT, " %,d", entries)));
        return s.toString();
    }

    private static String storeDetail(BenchResult.Memory m) {
        StringBuilder s = new StringBuilder();
        m.stateStoreBytesByStore().forEach((store, bytes) -> {
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
