package io.newsreaction.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Measures one Streams app from its first tick read to the moment its group lag reached 0 with
 * counters still; on timeout, the ticks read so far over the time spent.
 *
 * @param ticksPerSec ticks per second
 * @param seconds     measured seconds
 * @param completed   whether the app drained within the time limit
 * @param ticksRead   ticks read in the measured time
 * @param storeBytes  bytes on disk per state store, after the app closed (RocksDB keeps
 *                    data in memtables until then: Streams disables its write-ahead log)
 * @param storeEntries live entries per state store, after the app closed ({@link StoreEntries})
 * @param memory      memory figures of the phase
 * @param cpuSeconds  CPU seconds the process used from the app's start to the end (broker included)
 */
record Throughput(double ticksPerSec, double seconds, boolean completed, long ticksRead,
        Map<String, Long> storeBytes, Map<String, Long> storeEntries, MemoryProbe.Figures memory, double cpuSeconds) {

    /**
     * Waits for {@code app} (already started) to drain, having read {@code ticks}, then closes
     * nothing: the caller owns it.
     */
    static Throughput measure(MeasuredApp app, MemoryProbe memory, long ticks, Duration timeout, PrintStream out)
            throws InterruptedException {
        double cpuStart = CpuClock.seconds();
        DrainWatch.Outcome outcome = new DrainWatch(app, memory, out).await(ticks, timeout);
        long first = app.firstTickNanos();
        if (first == Long.MIN_VALUE) {
            throw new IllegalStateException(app.name() + " read no tick within " + timeout);
        }
        double seconds = Math.max(1e-3, (outcome.settledNanos() - first) / 1e9);
        long read = app.ticksRead();
        return new Throughput(read / seconds, seconds, outcome.drained(), read, Map.of(), Map.of(), memory.figures(),
                CpuClock.seconds() - cpuStart);
    }

    /** The same figures with the store sizes and entries of {@code stateDir}, measured now. */
    Throughput withStoresOf(Path stateDir) throws IOException {
        return new Throughput(ticksPerSec, seconds, completed, ticksRead, MemoryProbe.storeBytes(stateDir),
                StoreEntries.count(stateDir), memory, cpuSeconds);
    }

    double ticksPerCpuSec() {
        return ticksRead / cpuSeconds;
    }

    long totalStoreBytes() {
        return storeBytes.values().stream().mapToLong(Long::longValue).sum();
    }
}
