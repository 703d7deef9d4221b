package io.newsreaction.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Memory figures of one bench phase, for this JVM (broker and apps; the registry is another
 * process): peak heap (pool peaks, reset at phase start), the largest heap left after a garbage
 * collection (the live set), and peak RSS ({@code VmHWM}, reset through {@code /proc/self/clear_refs}
 * where the kernel allows it).
 */
final class MemoryProbe {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private long liveAfterGc;
    private boolean rssReset;

    /** Figures of a phase; RSS is the process peak since the phase start when {@code rssReset}. */
    record Figures(long peakHeapBytes, long liveHeapAfterGcBytes, long peakRssBytes, boolean rssReset) {
    }

    void start() {
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        liveAfterGc = 0;
        rssReset = resetRssPeak();
    }

    /** Call now and then during the phase: notes the heap left by the latest collections. */
    void sample() {
        long live = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            MemoryUsage afterGc = pool.getCollectionUsage();
            live += afterGc == null ? 0 : afterGc.getUsed();
        }
        liveAfterGc = Math.max(liveAfterGc, live);
    }

    Figures figures() {
        sample();
        long peak = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            peak += pool.getPeakUsage().getUsed();
        }
        return new Figures(peak, liveAfterGc, peakRss(), rssReset);
    }

    static long peakRss() {
        try {
            for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static boolean resetRssPeak() {
        try {
            Files.writeString(CLEAR_REFS, "5");
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** Bytes on disk under a Kafka Streams state directory, per store name (the folder under {@code rocksdb/}). */
    static Map<String, Long> storeBytes(Path stateDir) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        if (!Files.isDirectory(stateDir)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(stateDir)) {
            files.filter(Files::isRegularFile).forEach(f -> out.merge(storeOf(stateDir.relativize(f)), size(f), Long::sum));
        }
        return out;
    }

    private static String storeOf(Path relative) {
        for (int i = 0; i + 1 < relative.getNameCount(); i++) {
            if (relative.getName(i).toString().equals("rocksdb")) {
                return relative.getName(i + 1).toString();
            }
        }
        return "other";
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }
}
