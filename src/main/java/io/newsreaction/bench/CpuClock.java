package io.newsreaction.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * CPU seconds used by this process (broker and apps alike; the registry is another process). On a
 * shared machine, ticks per CPU second are steadier than ticks per wall second.
 */
final class CpuClock {
    private CpuClock() {
    }

    /** Process CPU time in seconds, or NaN where the JVM does not tell. */
    static double seconds() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            long nanos = sun.getProcessCpuTime();
            return nanos < 0 ? Double.NaN : nanos / 1e9;
        }
        return Double.NaN;
    }
}
