package io.newsreaction.query.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.newsreaction.avro.CohortDimension;
import io.newsreaction.avro.CohortStats;
import io.newsreaction.query.EventQueries;
import io.newsreaction.query.QueryUnavailableException;
import io.newsreaction.query.ReactionQueries;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API's single handler: authenticates, routes by path, maps failures to status codes. Logs
 * paths and outcomes only, never tokens, query values or response bodies.
 */
final class ApiHandler implements HttpHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiHandler.class);
    private static final String REACTIONS = "/reactions";
    private static final String EVENTS = "/events";
    private static final String STATS = "/stats";

    private final BearerAuth auth;
    private final ReactionQueries queries;
    private final EventQueries events;
    private final Supplier<KafkaStreams.State> health;
    private final Supplier<String> metrics;
    private final AtomicInteger inFlight = new AtomicInteger();

    ApiHandler(BearerAuth auth, ReactionQueries queries, EventQueries events, Supplier<KafkaStreams.State> health,
            Supplier<String> metrics) {
        this.auth = auth;
        this.queries = queries;
        this.events = events;
        this.health = health;
        this.metrics = metrics;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        inFlight.incrementAndGet();
        try {
            if (!auth.accepts(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                Responses.error(exchange, 401, "missing or wrong bearer token", null);
                return;
            }
            route(exchange, path);
        } catch (BadParameterException e) {
            Responses.error(exchange, 400, e.getMessage(), e.parameter());
        } catch (QueryUnavailableException e) {
            log.warn("{} unavailable: {}", template(path), e.getMessage());
            Responses.error(exchange, 503, e.getMessage(), null);
        } catch (RuntimeException e) {
            log.error("{} failed: {}", template(path), e.toString());
            Responses.error(exchange, 500, "internal error", null);
        } finally {
            exchange.close();
            inFlight.decrementAndGet();
        }
    }

    /** Requests being answered right now. */
    int inFlight() {
        return inFlight.get();
    }

    private void route(HttpExchange exchange, String path) throws IOException {
        Endpoint endpoint = endpoint(path);
        if (endpoint == null) {
            Responses.error(exchange, 404, "no such resource: " + path, null);
            return;
        }
        if (!exchange.getRequestMethod().equals("GET")) {
            exchange.getResponseHeaders().set("Allow", "GET");
            Responses.error(exchange, 405, "method not allowed: " + exchange.getRequestMethod(), null);
            return;
        }
        QueryParameters params = QueryParameters.parse(exchange.getRequestURI().getRawQuery());
        switch (endpoint) {
            case HEALTH -> health(exchange);
            case METRICS -> Responses.send(exchange, 200, Responses.PROMETHEUS_TEXT, Responses.text(metrics.get()));
            case BY_SYMBOL -> bySymbol(exchange, params);
            case BY_HEADLINE -> byHeadline(exchange, path, params);
            case EVENTS_BY_SYMBOL -> eventsBySymbol(exchange, params);
            case STATS -> stats(exchange, params);
        }
    }

    private void health(HttpExchange exchange) throws IOException {
        KafkaStreams.State state = health.get();
        Responses.json(exchange, state.isRunningOrRebalancing() ? 200 : 503, Responses.object().put("state", state.name()));
    }

    private void bySymbol(HttpExchange exchange, QueryParameters params) throws IOException {
        SymbolWindow w = SymbolWindow.of(params);
        ReactionQueries target = params.flag("local") ? queries.localOnly() : queries;
        Responses.send(exchange, 200, Responses.JSON, ReactionJson.write(target.bySymbol(w.symbol(), w.from(), w.to())));
    }

    private void eventsBySymbol(HttpExchange exchange, QueryParameters params) throws IOException {
        SymbolWindow w = SymbolWindow.of(params);
        EventQueries target = params.flag("local") ? events.localOnly() : events;
        Responses.send(exchange, 200, Responses.JSON, ReactionJson.write(target.events(w.symbol(), w.from(), w.to())));
    }

    /** The {@code symbol}, {@code from} and {@code to} parameters, {@code from} before {@code to}. */
    private record SymbolWindow(String symbol, Instant from, Instant to) {
        static SymbolWindow of(QueryParameters params) {
            SymbolWindow w = new SymbolWindow(params.required("symbol"), params.instant("from"), params.instant("to"));
            if (!w.from.isBefore(w.to)) {
                throw new BadParameterException("from", "from must be before to: " + w.from + " >= " + w.to);
            }
            return w;
        }
    }

    private void stats(HttpExchange exchange, QueryParameters params) throws IOException {
        CohortDimension dimension = params.optionalEnum("dimension", CohortDimension.class);
        String value = params.optional("value");
        if (value != null && dimension == null) {
            throw new BadParameterException("value", "value needs a dimension, e.g. dimension=KIND&value=MODEL_RELEASE");
        }
        EventQueries target = params.flag("local") ? events.localOnly() : events;
        List<CohortStats> stats = target.stats(dimension).stream()
                .filter(c -> value == null || c.getValue().equalsIgnoreCase(value)).toList();
        Responses.send(exchange, 200, Responses.JSON, ReactionJson.write(stats));
    }


    private void byHeadline(HttpExchange exchange, String path, QueryParameters params) throws IOException {
        String headlineId = QueryParameters.decodePathSegment(path.substring(REACTIONS.length() + 1), "headlineId");
        ReactionQueries target = params.flag("local") ? queries.localOnly() : queries;
        Responses.send(exchange, 200, Responses.JSON, ReactionJson.write(target.byHeadline(headlineId)));
    }

    private Endpoint endpoint(String path) {
        if (events == null && (path.equals(EVENTS) || path.equals(STATS))) {
            return null;
        }
        switch (path) {
            case "/health":
                return Endpoint.HEALTH;
            case "/metrics":
                return Endpoint.METRICS;
            case REACTIONS:
                return Endpoint.BY_SYMBOL;
            case EVENTS:
                return Endpoint.EVENTS_BY_SYMBOL;
            case STATS:
                return Endpoint.STATS;
            default:
                String rest = path.startsWith(REACTIONS + "/") ? path.substring(REACTIONS.length() + 1) : "";
                return rest.isEmpty() || rest.contains("/") ? null : Endpoint.BY_HEADLINE;
        }
    }

    /** The path with the headline id elided, for logs. */
    private String template(String path) {
        return endpoint(path) == Endpoint.BY_HEADLINE ? REACTIONS + "/{headlineId}" : path;
    }

    private enum Endpoint { HEALTH, METRICS, BY_SYMBOL, BY_HEADLINE, EVENTS_BY_SYMBOL, STATS }
}
