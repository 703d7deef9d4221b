package io.newsreaction.runtime;

import io.newsreaction.config.AppSettings;
import io.newsreaction.dashboard.LiveFeed;
import io.newsreaction.query.InteractivePriceQueries;
import io.newsreaction.topology.ReactionSerdes;
import java.util.List;
import io.newsreaction.query.InteractiveEventQueries;
import io.newsreaction.query.InteractiveQueries;
import io.newsreaction.query.http.HttpApi;
import io.newsreaction.query.http.HttpPeers;
import io.newsreaction.registry.RestSchemaRegistryClient;
import io.newsreaction.registry.SchemaRegistryClient;
import java.io.IOException;
import java.time.Duration;

/**
 * A running reaction service with its HTTP query API (when {@code http.port} is not 0): interactive
 * queries over the reactions store, health and Prometheus metrics.
 */
public final class ServedApp implements AutoCloseable {

    private final ReactionApp app;
    private final ReactionMeters meters;
    private final HttpApi api;
    private final LiveFeed feed;

    private ServedApp(ReactionApp app, ReactionMeters meters, HttpApi api, LiveFeed feed) {
        this.app = app;
        this.meters = meters;
        this.api = api;
        this.feed = feed;
    }

    /** Starts the streams client, then the HTTP API. */
    public static ServedApp start(AppSettings settings, SchemaRegistryClient client) throws IOException {
        ReactionApp app = ReactionService.create(settings, client);
        ExternalCounters counters = client instanceof RestSchemaRegistryClient rest
                ? new ExternalCounters(rest::requestCount, rest::errorCount, ReactionMeters.droppedRecords(app.streams()))
                : ExternalCounters.none();
        ReactionMeters meters = new ReactionMeters(app.streams(), app.metrics(), counters);
        app.start();
        HttpApi api = null;
        LiveFeed feed = null;
        if (settings.http().enabled()) {
            HttpPeers peers = new HttpPeers(settings.http().token());
            InteractiveQueries queries = InteractiveQueries.of(app.streams(), app.properties(), peers);
            InteractiveEventQueries events = InteractiveEventQueries.of(app.streams(), app.properties(), settings.reaction(),
                    peers::events);
            InteractivePriceQueries prices = InteractivePriceQueries.of(app.streams(), app.properties(), peers::prices);
            feed = liveFeed(settings, ReactionService.serdes(client, settings.registry()));
            try {
                api = HttpApi.start(settings.http(), queries, events, new HttpApi.Dashboard(prices, feed),
                        app.streams()::state, meters::scrape);
            } catch (IOException | RuntimeException e) {
                feed.close();
                throw e;
            }
        }
        return new ServedApp(app, meters, api, feed);
    }

    private static LiveFeed liveFeed(AppSettings settings, ReactionSerdes serdes) {
        return LiveFeed.start(settings.kafka(), List.of(
                new LiveFeed.Topic("reaction", settings.topics().reactions(), serdes.reactionKey().deserializer(),
                        serdes.reaction().deserializer()),
                new LiveFeed.Topic("event", settings.topics().events(), serdes.eventKey().deserializer(),
                        serdes.event().deserializer())));
    }

    /** The dashboard's address, {@code http://HOST:PORT/}, or null when the HTTP API is off. */
    public String dashboardUrl() {
        if (api == null) {
            return null;
        }
        java.net.InetSocketAddress address = api.address();
        String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/";
    }

    public ReactionApp app() {
        return app;
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }

    public void close(Duration timeout) {
        if (api != null) {
            api.close();
        }
        if (feed != null) {
            feed.close();
        }
        app.close(timeout);
        meters.close();
    }
}
