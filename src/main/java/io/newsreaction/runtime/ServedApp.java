package io.newsreaction.runtime;

import io.newsreaction.config.AppSettings;
import io.newsreaction.query.InteractiveEventQueries;
import io.newsreaction.query.InteractiveQueries;
import io.newsreaction.query.http.HttpApi;
import io.newsreaction.query.http.HttpPeers;
import io.newsreaction.registry.RestSchemaRegistryClient;
import io.newsreaction.registry.SchemaRegistryClient;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running reaction service with its HTTP query API (when {@code http.port} is not 0): interactive
 * queries over the reactions store, health and Prometheus metrics.
 */
public final class ServedApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ServedApp.class);

    private final ReactionApp app;
    private final ReactionMeters meters;
    private final HttpApi api;

    private ServedApp(ReactionApp app, ReactionMeters meters, HttpApi api) {
        this.app = app;
        this.meters = meters;
        this.api = api;
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
        if (settings.http().enabled()) {
            HttpPeers peers = new HttpPeers(settings.http().token());
            InteractiveQueries queries = InteractiveQueries.of(app.streams(), app.properties(), peers);
            InteractiveEventQueries events = InteractiveEventQueries.of(app.streams(), app.properties(), settings.reaction(),
                    peers::events);
            api = HttpApi.start(settings.http(), queries, events, app.streams()::state, meters::scrape);
            log.info("HTTP API listening on {}", api.address());
        }
        return new ServedApp(app, meters, api);
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
        app.close(timeout);
        meters.close();
    }
}
