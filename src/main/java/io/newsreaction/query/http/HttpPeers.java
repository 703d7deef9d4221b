package io.newsreaction.query.http;

import io.newsreaction.avro.CohortDimension;
import io.newsreaction.avro.CohortStats;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionEvent;
import io.newsreaction.query.EventQueries;
import io.newsreaction.query.QueryUnavailableException;
import io.newsreaction.query.ReactionQueries;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Reaches another instance's HTTP API (its {@code application.server} address) and asks it for
 * its local partitions only ({@code local=true}), so a fanned-out query never fans out again.
 * Sends the shared bearer token when one is configured.
 */
public final class HttpPeers implements Function<HostInfo, ReactionQueries> {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient client;
    private final String token;

    /** @param token the API's bearer token, null or empty for none */
    public HttpPeers(String token) {
        this.client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
        this.token = token == null ? "" : token;
    }

    @Override
    public ReactionQueries apply(HostInfo host) {
        return new ReactionQueries() {
            @Override
            public List<MarketReaction> bySymbol(String symbol, Instant from, Instant to) {
                return get(host, "/reactions", "symbol=" + encode(symbol) + "&from=" + from + "&to=" + to + "&local=true");
            }

            @Override
            public List<MarketReaction> byHeadline(String headlineId) {
                return get(host, "/reactions/" + encode(headlineId).replace("+", "%20"), "local=true");
            }
        };
    }

    /** The event and cohort queries of another instance, its local partitions only. */
    public EventQueries events(HostInfo host) {
        return new EventQueries() {
            @Override
            public List<ReactionEvent> events(String symbol, Instant from, Instant to) {
                byte[] body = fetch(host, "/events", "symbol=" + encode(symbol) + "&from=" + from + "&to=" + to + "&local=true");
                return decode(host, () -> ReactionJson.read(body, ReactionEvent.class, ReactionEvent.getClassSchema()));
            }

            @Override
            public List<CohortStats> stats(CohortDimension dimension) {
                byte[] body = fetch(host, "/stats", (dimension == null ? "" : "dimension=" + dimension + "&") + "local=true");
                return decode(host, () -> ReactionJson.read(body, CohortStats.class, CohortStats.getClassSchema()));
            }
        };
    }

    private List<MarketReaction> get(HostInfo host, String rawPath, String rawQuery) {
        byte[] body = fetch(host, rawPath, rawQuery);
        return decode(host, () -> ReactionJson.read(body));
    }

    private static <T> List<T> decode(HostInfo host, java.util.function.Supplier<List<T>> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw new QueryUnavailableException("instance " + host + " sent an unreadable answer: " + e.getMessage(), e);
        }
    }

    private byte[] fetch(HostInfo host, String rawPath, String rawQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(host, rawPath, rawQuery)).timeout(REQUEST_TIMEOUT).GET();
        if (!token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new QueryUnavailableException("instance " + host + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryUnavailableException("interrupted while asking instance " + host, e);
        }
        if (response.statusCode() != 200) {
            throw new QueryUnavailableException("instance " + host + " answered HTTP " + response.statusCode());
        }
        return response.body();
    }

    private static URI uri(HostInfo host, String rawPath, String rawQuery) {
        try {
            // Built from parts so an IPv6 host gets its brackets; path and query are already encoded.
            URI base = new URI("http", null, host.host(), host.port(), null, null, null);
            return URI.create(base + rawPath + "?" + rawQuery);
        } catch (URISyntaxException e) {
            throw new QueryUnavailableException("bad instance address " + host, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
