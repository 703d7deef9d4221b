package io.newsreaction.query.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code GET /feed}: the live feed as Server-Sent Events. Each stream starts with a {@code reset}
 * event, then the latest record per key so far and every record published after, as
 * {@code reaction} and {@code event} events whose data is {@code {"key":…,"value":…}}
 * ({@code value} null for a retraction). A stream holds a worker, so at most
 * {@value #MAX_STREAMS} run at once, and each ends after {@link #LIFETIME}; browsers reconnect by
 * themselves ({@code retry}) and start over from the snapshot.
 */
final class FeedStream {
    static final int MAX_STREAMS = 6;
    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final Duration POLL = Duration.ofMillis(500);

    private final FeedSource source;
    private final DeadlineExecutor executor;
    private final AtomicInteger open = new AtomicInteger();
    private volatile boolean closed;

    FeedStream(FeedSource source, DeadlineExecutor executor) {
        this.source = source;
        this.executor = executor;
    }

    void serve(HttpExchange exchange) throws IOException {
        if (open.incrementAndGet() > MAX_STREAMS) {
            open.decrementAndGet();
            Responses.error(exchange, 503, "too many live feeds open (" + MAX_STREAMS + ")", null);
            return;
        }
        DeadlineExecutor.extendCurrent(executor, LIFETIME.plusSeconds(30));
        try (FeedSource.Subscription subscription = source.subscribe()) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            write(out, "retry: 2000\nevent: reset\ndata: {}\n\n");
            for (FeedSource.Item item : subscription.snapshot()) {
                write(out, frame(item));
            }
            write(out, "event: ready\ndata: {}\n\n");
            stream(subscription, out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the browser went away or the worker's deadline closed the stream: nothing to report
        } finally {
            open.decrementAndGet();
        }
    }

    private void stream(FeedSource.Subscription subscription, OutputStream out) throws IOException, InterruptedException {
        long end = System.nanoTime() + LIFETIME.toNanos();
        long lastWrite = System.nanoTime();
        while (!closed && System.nanoTime() < end && !subscription.overflowed()) {
            FeedSource.Item item = subscription.next(POLL);
            if (item != null) {
                write(out, frame(item));
                lastWrite = System.nanoTime();
            } else if (System.nanoTime() - lastWrite > HEARTBEAT.toNanos()) {
                write(out, ": keep-alive\n\n");
                lastWrite = System.nanoTime();
            }
        }
    }

    /** Ends every open stream within a poll. */
    void close() {
        closed = true;
    }

    static String frame(FeedSource.Item item) {
        return "id: " + item.sequence() + "\nevent: " + item.type() + "\ndata: {\"key\":" + item.keyJson()
                + ",\"value\":" + (item.valueJson() == null ? "null" : item.valueJson()) + "}\n\n";
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
