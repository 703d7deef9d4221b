package io.newsreaction.query.http;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server's workers, each exchange with a deadline. The JDK server reads a request's line
 * and headers on the worker, before any handler or token check runs, so a client that sends one
 * byte a second holds a worker for as long as it likes; with all workers held, nobody is served. A
 * watchdog interrupts a worker whose exchange has run longer than the deadline: its blocking
 * socket read or write then fails, the server closes that connection and the worker is free. The
 * deadline covers reading the request, answering it and writing the response.
 */
final class DeadlineExecutor implements Executor, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeadlineExecutor.class);

    private final ExecutorService workers;
    private final ScheduledExecutorService watchdog;
    private final long deadlineNanos;
    // worker thread -> its current exchange; guarded by itself
    private final Map<Thread, Running> running = new HashMap<>();

    /** When an exchange started (System.nanoTime) and whether the watchdog has interrupted it. */
    private static final class Running {
        final long started;
        boolean interrupted;

        Running(long started) {
            this.started = started;
        }
    }

    DeadlineExecutor(int threads, Duration deadline, Duration checkEvery) {
        this.deadlineNanos = deadline.toNanos();
        this.workers = Executors.newFixedThreadPool(threads, daemonThreads("http-api-"));
        this.watchdog = Executors.newSingleThreadScheduledExecutor(daemonThreads("http-api-watchdog-"));
        watchdog.scheduleWithFixedDelay(this::interruptOverdue, checkEvery.toMillis(), checkEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void execute(Runnable exchange) {
        workers.execute(() -> {
            Thread self = Thread.currentThread();
            synchronized (running) {
                running.put(self, new Running(System.nanoTime()));
            }
            try {
                exchange.run();
            } finally {
                synchronized (running) {
                    running.remove(self);
                    // an interrupt meant for this exchange must not reach the next one
                    Thread.interrupted();
                }
            }
        });
    }

    private void interruptOverdue() {
        long now = System.nanoTime();
        synchronized (running) {
            running.forEach((thread, exchange) -> {
                if (!exchange.interrupted && now - exchange.started > deadlineNanos) {
                    log.warn("HTTP exchange on {} ran over its {} ms deadline (a slow or stalled client): closing it",
                            thread.getName(), TimeUnit.NANOSECONDS.toMillis(deadlineNanos));
                    exchange.interrupted = true;
                    thread.interrupt();
                }
            });
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        workers.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
