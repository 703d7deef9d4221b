package io.newsreaction.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Duration;

/**
 * CPU seconds used by this process and its living child processes: the apps, the consumers and the
 * generator here, the embedded broker (in this JVM or in its own) and the registry. On a shared
 * machine, ticks per CPU second are steadier than ticks per wall second. Against an external
 * cluster only this JVM counts.
 */
final class CpuClock {
    private CpuClock() {
    }

    /** CPU time in seconds, or NaN where the JVM does not tell. */
    static double seconds() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            long nanos = sun.getProcessCpuTime();
            return nanos < 0 ? Double.NaN : (nanos + childNanos()) / 1e9;
        }
        return Double.NaN;
    }

    private static long childNanos() {
        return ProcessHandle.current().descendants()
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
                .sum();
    }
}
