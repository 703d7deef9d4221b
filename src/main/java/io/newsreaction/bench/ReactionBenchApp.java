package io.newsreaction.bench;

import io.newsreaction.avro.Tick;
import io.newsreaction.config.AppSettings;
import io.newsreaction.config.ConfigLoader;
import io.newsreaction.config.ConfigSources;
import io.newsreaction.market.TradingCalendars;
import io.newsreaction.runtime.ReactionApp;
import io.newsreaction.runtime.ReactionService;
import io.newsreaction.topology.ReactionMetrics;
import io.newsreaction.topology.ReactionSerdes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The real reaction service (topology, exactly-once, DLQ) on bench topics, configured through the
 * same loader as {@code run}, with a counting tick deserializer as its "first tick read" clock.
 */
final class ReactionBenchApp implements MeasuredApp {
    private final AppSettings settings;
    private final ReactionApp app;
    private final CountingDeserializer<Tick> ticks;
    private final Path stateRoot;

    ReactionBenchApp(BenchContext context, BenchTopics topics, String applicationId) {
        this.stateRoot = context.workDir().resolve("state-" + applicationId);
        this.settings = settings(context, topics, applicationId, stateRoot);
        ReactionSerdes real = context.serdes();
        this.ticks = new CountingDeserializer<>(real.tick().deserializer());
        Serde<Tick> countingTicks = Serdes.serdeFrom(real.tick().serializer(), ticks);
        ReactionSerdes serdes = new ReactionSerdes(real.headline(), countingTicks, real.reactionKey(), real.reaction(),
                real.eventKey(), real.event(), real.cohortKey(), real.cohortStats());
        this.app = ReactionService.create(settings, serdes);
    }

    void start() throws InterruptedException {
        app.start();
        if (!app.awaitRunning(Duration.ofSeconds(60))) {
            throw new IllegalStateException("reaction app not RUNNING after 60 s: " + app.streams().state());
        }
    }

    StreamThreadFigures threadFigures() {
        return StreamThreadFigures.of(app.streams(), settings.applicationId());
    }

    ReactionMetrics metrics() {
        return app.metrics();
    }

    AppSettings settings() {
        return settings;
    }

    private static AppSettings settings(BenchContext context, BenchTopics topics, String applicationId, Path stateRoot) {
        Map<String, String> base = new HashMap<>(context.universe().routingProperties());
        base.put("application.id", applicationId);
        base.put("topics.headlines", topics.headlines());
        base.put("topics.ticks", topics.ticks());
        base.put("topics.reactions", topics.reactions());
        base.put("topics.dlq", topics.dlq());
        base.put("topics.events", topics.events());
        base.put("topics.stats", topics.stats());
        base.put("topics.partitions", Integer.toString(topics.partitions()));
        base.put("topics.auto-create", "false");
        base.put("kafka.bootstrap.servers", context.bootstrapServers());
        base.put("schema.registry.url", context.registryUrl());
        base.put("state.dir", stateRoot.toString());
        base.put("http.port", "0");
        context.streamsConfig().forEach((k, v) -> base.put("kafka." + k, v));
        return new ConfigLoader(TradingCalendars::byName).load(new ConfigSources(base, Optional.empty(), Map.of(), Map.of()));
    }

    @Override
    public String name() {
        return "app";
    }

    @Override
    public String groupId() {
        return settings.applicationId();
    }

    @Override
    public Map<String, Object> kafkaConfig() {
        return new HashMap<>(settings.kafka());
    }

    @Override
    public List<String> groupTopics() {
        String id = settings.applicationId();
        List<String> topics = new java.util.ArrayList<>(List.of(settings.topics().headlines(), settings.topics().ticks()));
        topics.addAll(io.newsreaction.topology.Names.repartitionTopics(id));
        return topics;
    }

    @Override
    public long signature() {
        return app.metrics().progressSignature();
    }

    @Override
    public CountingDeserializer<?> tickCounter() {
        return ticks;
    }

    @Override
    public boolean failed() {
        return app.failed();
    }

    @Override
    public Path stateDir() {
        return stateRoot.resolve(settings.applicationId());
    }

    @Override
    public void close() {
        app.close(Duration.ofSeconds(30));
    }
}
