package io.newsreaction.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * A process-wide total over per-task counters that never decreases. Kafka Streams keeps a task's
 * metrics only while the task lives on this client: when a task is closed (a rebalance, a replaced
 * stream thread after a crash) its count vanishes from the sum, and a reopened task counts from 0.
 * This keeps what each task had reached: a task's count that is gone or smaller than last seen is
 * added to the retired part, so the total is what this process has counted since it started.
 */
final class TaskCounterSum {
    private final Map<String, Long> lastSeen = new HashMap<>();
    private long retired;

    /** The total after observing the current per-task counts (task id to count). */
    synchronized long update(Map<String, Long> current) {
        lastSeen.entrySet().removeIf(e -> {
            Long now = current.get(e.getKey());
            if (now == null || now < e.getValue()) {
                retired += e.getValue();
                return true;
            }
            return false;
        });
        long total = retired;
        for (Map.Entry<String, Long> e : current.entrySet()) {
            lastSeen.put(e.getKey(), e.getValue());
            total += e.getValue();
        }
        return total;
    }
}
