package io.newsreaction.bench;

import java.util.Arrays;

/**
 * Per ticks partition, in offset order, the partition's tick time (running maximum of tick
 * timestamps) and each tick's broker append time: the tick that makes a horizon due on a stage-1
 * partition is the first one whose tick time reaches {@code end + grace}.
 */
final class TriggerIndex {
    private final long[][] tickTime;
    private final long[][] appendTime;
    private final int[] size;

    TriggerIndex(int partitions) {
        tickTime = new long[partitions][1024];
        appendTime = new long[partitions][1024];
        size = new int[partitions];
    }

    /** Adds the next tick of {@code partition} (offset order). */
    void add(int partition, long ts, long appendedAt) {
        int n = size[partition];
        if (n == tickTime[partition].length) {
            tickTime[partition] = Arrays.copyOf(tickTime[partition], n * 2);
            appendTime[partition] = Arrays.copyOf(appendTime[partition], n * 2);
        }
        long previous = n == 0 ? Long.MIN_VALUE : tickTime[partition][n - 1];
        tickTime[partition][n] = Math.max(previous, ts);
        appendTime[partition][n] = appendedAt;
        size[partition] = n + 1;
    }

    /** Append time of the first tick whose partition tick time reaches {@code due}, or -1 if none did. */
    long triggerAppendTime(int partition, long due) {
        long[] times = tickTime[partition];
        int lo = 0;
        int hi = size[partition];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] >= due) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo == size[partition] ? -1 : appendTime[partition][lo];
    }

    int partitions() {
        return size.length;
    }
}
