package io.newsreaction.query.http;

import com.sun.net.httpserver.HttpServer;
import io.newsreaction.config.HttpSettings;
import io.newsreaction.query.EventQueries;
import io.newsreaction.query.ReactionQueries;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API served by {@code run}: {@code GET /reactions?symbol=&from=&to=},
 * {@code GET /reactions/{headlineId}}, {@code GET /events?symbol=&from=&to=},
 * {@code GET /stats[?dimension=]}, {@code GET /health} and {@code GET /metrics}, on the JDK's
 * built-in server, optionally behind a bearer token. {@value #THREADS} workers, each exchange cut off
 * after {@link #EXCHANGE_DEADLINE} so slow clients cannot hold them all ({@link DeadlineExecutor}).
 */
public final class HttpApi implements AutoCloseable {
    /** Port value that binds a free ephemeral port (tests, side-by-side instances). */
    public static final int EPHEMERAL_PORT = -1;
    private static final Logger log = LoggerFactory.getLogger(HttpApi.class);
    /** Workers: a held worker costs a blocked thread, so enough that a few slow clients leave room. */
    static final int THREADS = 16;
    /** Longest an exchange may take, from the first byte of the request to the last of the response. */
    static final Duration EXCHANGE_DEADLINE = Duration.ofSeconds(10);

    private static final Duration DRAIN = Duration.ofSeconds(1);

    private final HttpServer server;
    private final DeadlineExecutor executor;
    private final ApiHandler handler;

    private HttpApi(HttpServer server, DeadlineExecutor executor, ApiHandler handler) {
        this.server = server;
        this.executor = executor;
        this.handler = handler;
    }

    /** Binds and starts the API for reactions only: {@code /events} and {@code /stats} answer 404. */
    public static HttpApi start(HttpSettings settings, ReactionQueries queries, Supplier<KafkaStreams.State> health,
                                Supplier<String> metrics) throws IOException {
        return start(settings, queries, null, health, metrics);
    }

    /**
     * Binds and starts the API.
     *
     * @param settings bind address, port ({@link #EPHEMERAL_PORT} for a free one; 0 is refused: the
     *                 API is off) and optional token
     * @param queries  the reaction queries
     * @param events   the event and cohort queries, or null when this API serves reactions only
     * @param health   the streams client's state
     * @param metrics  the Prometheus text of {@code GET /metrics}
     * @throws IOException when the address cannot be bound
     */
    public static HttpApi start(HttpSettings settings, ReactionQueries queries, EventQueries events,
                                Supplier<KafkaStreams.State> health, Supplier<String> metrics) throws IOException {
        if (settings.port() == 0) {
            throw new IllegalArgumentException("http.port is 0: the HTTP API is switched off");
        }
        if (settings.port() < EPHEMERAL_PORT || settings.port() > 65535) {
            throw new IllegalArgumentException("http.port must be 0..65535: " + settings.port());
        }
        BearerAuth auth = new BearerAuth(settings.token());
        ApiHandler handler = new ApiHandler(auth, Objects.requireNonNull(queries, "queries"), events,
                Objects.requireNonNull(health, "health"), Objects.requireNonNull(metrics, "metrics"));
        int port = settings.port() == EPHEMERAL_PORT ? 0 : settings.port();
        HttpServer server = HttpServer.create(new InetSocketAddress(settings.bind(), port), 0);
        DeadlineExecutor executor = new DeadlineExecutor(THREADS, EXCHANGE_DEADLINE, Duration.ofSeconds(1));
        server.setExecutor(executor);
        server.createContext("/", handler);
        server.start();
        HttpApi api = new HttpApi(server, executor, handler);
        log.info("HTTP API listening on {} (bearer token {})", api.address(), auth.required() ? "required" : "not required");
        return api;
    }

    /** The bound address, with the actual port. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Gives running requests a second to finish, then stops. (The JDK server's own stop delay always
     * waits the full delay on Java 17, so the drain is done here.)
     */
    @Override
    public void close() {
        long deadline = System.nanoTime() + DRAIN.toNanos();
        try {
            while (handler.inFlight() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop(0);
        executor.close();
        log.info("HTTP API stopped");
    }
}
