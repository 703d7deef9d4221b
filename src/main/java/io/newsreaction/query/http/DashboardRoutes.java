package io.newsreaction.query.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.newsreaction.query.PriceBar;
import io.newsreaction.query.PriceQueries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's part of the API: the page and its scripts and styles from the jar ({@code /},
 * {@code /assets/…}: a fixed list, no file system, no CDN), the live feed ({@code /feed}) and
 * {@code /prices?symbol=&from=&to=&interval=}.
 */
final class DashboardRoutes {
    static final String PRICES = "/prices";
    static final String FEED = "/feed";
    static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String UPLOT = "META-INF/resources/webjars/uplot/1.6.30/dist/";
    /** Path → (class-path resource, content type). */
    private static final Map<String, String[]> ASSETS = Map.of(
            "/", new String[] {"dashboard/index.html", "text/html; charset=utf-8"},
            "/assets/dashboard.js", new String[] {"dashboard/dashboard.js", "text/javascript; charset=utf-8"},
            "/assets/dashboard.css", new String[] {"dashboard/dashboard.css", "text/css; charset=utf-8"},
            "/assets/uPlot.iife.min.js", new String[] {UPLOT + "uPlot.iife.min.js", "text/javascript; charset=utf-8"},
            "/assets/uPlot.min.css", new String[] {UPLOT + "uPlot.min.css", "text/css; charset=utf-8"});

    private final PriceQueries prices;
    private final FeedStream feed;

    DashboardRoutes(PriceQueries prices, FeedStream feed) {
        this.prices = prices;
        this.feed = feed;
    }

    static boolean isAsset(String path) {
        return ASSETS.containsKey(path);
    }

    static boolean handles(String path) {
        return isAsset(path) || path.equals(PRICES) || path.equals(FEED);
    }

    void serve(HttpExchange exchange, String path, QueryParameters params) throws IOException {
        if (path.equals(FEED)) {
            feed.serve(exchange);
        } else if (path.equals(PRICES)) {
            prices(exchange, params);
        } else {
            String[] asset = ASSETS.get(path);
            Responses.send(exchange, 200, asset[1], resource(asset[0]));
        }
    }

    void close() {
        feed.close();
    }

    private void prices(HttpExchange exchange, QueryParameters params) throws IOException {
        String symbol = params.required("symbol");
        Instant from = params.instant("from");
        Instant to = params.instant("to");
        Duration interval = interval(params.optional("interval"));
        if (!from.isBefore(to)) {
            throw new BadParameterException("from", "from must be before to: " + from + " >= " + to);
        }
        long bars = Duration.between(from, to).toMillis() / interval.toMillis();
        if (bars > PriceQueries.MAX_BARS) {
            throw new BadParameterException("interval", "up to " + PriceQueries.MAX_BARS + " intervals per query, this asks for "
                    + bars + ": use a longer interval or a shorter range");
        }
        PriceQueries target = params.flag("local") ? prices.localOnly() : prices;
        Responses.send(exchange, 200, Responses.JSON, write(symbol, interval, target.bars(symbol, from, to, interval)));
    }

    private static Duration interval(String raw) {
        if (raw == null) {
            return DEFAULT_INTERVAL;
        }
        try {
            Duration d = Duration.parse(raw);
            if (d.compareTo(Duration.ofSeconds(1)) < 0 || d.compareTo(Duration.ofDays(7)) > 0) {
                throw new BadParameterException("interval", "interval must be between PT1S and P7D: " + raw);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new BadParameterException("interval", "interval is not an ISO-8601 duration such as PT5M: " + raw);
        }
    }

    /** {@code {"symbol":…, "interval":"PT5M", "bars":[{"start":…, "open":…, …}]}}. */
    static byte[] write(String symbol, Duration interval, List<PriceBar> bars) {
        ObjectNode root = MAPPER.createObjectNode().put("symbol", symbol).put("interval", interval.toString());
        ArrayNode array = root.putArray("bars");
        for (PriceBar b : bars) {
            array.addObject().put("start", b.start().toString()).put("open", b.open()).put("high", b.high())
                    .put("low", b.low()).put("close", b.close()).put("volume", b.volume()).put("ticks", b.ticks());
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bars from a body written by {@link #write}, for merging a peer's answer. */
    static List<PriceBar> read(byte[] json) {
        try {
            return MAPPER.readTree(json).path("bars").findParents("start").stream()
                    .map(n -> new PriceBar(Instant.parse(n.get("start").asText()), n.get("open").asDouble(),
                            n.get("high").asDouble(), n.get("low").asDouble(), n.get("close").asDouble(),
                            n.get("volume").asLong(), n.get("ticks").asInt()))
                    .toList();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a /prices answer: " + e.getMessage(), e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DashboardRoutes.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("dashboard resource missing from the jar: " + name);
            }
            return in.readAllBytes();
        }
    }
}
