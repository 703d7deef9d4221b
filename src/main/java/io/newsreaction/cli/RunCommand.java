package io.newsreaction.cli;

import io.newsreaction.config.AppSettings;
import io.newsreaction.config.ConfigKeys;
import io.newsreaction.config.ConfigLoader;
import io.newsreaction.config.ConfigSources;
import io.newsreaction.market.TradingCalendars;
import io.newsreaction.registry.SchemaRegistryClient;
import io.newsreaction.runtime.ReactionApp;
import io.newsreaction.runtime.ReactionService;
import io.newsreaction.runtime.RegistryWait;
import io.newsreaction.runtime.ServedApp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code run}: the reaction service against an existing Kafka cluster and schema registry. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the reaction topology until SIGINT/SIGTERM.")
public final class RunCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "Kafka Streams state directory (config key state.dir)")
    Path stateDir;

    @Option(names = "--http-port", paramLabel = "PORT", description = "HTTP query API port, 0 = off (config key http.port)")
    Integer httpPort;

    @Option(names = "--print-config", description = "Print the effective configuration (secrets masked) and exit")
    boolean printConfig;

    @Override
    public Integer call() throws Exception {
        AppSettings settings = load();
        if (printConfig) {
            System.out.print(settings.dump());
            return 0;
        }
        SchemaRegistryClient client = ReactionService.registryClient(settings);
        RegistryWait.await(client, settings.registryStartup(), settings.registry().get(ConfigKeys.REGISTRY_URL));
        ServedApp served = ServedApp.start(settings, client);
        ReactionApp app = served.app();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> served.close(CLOSE_TIMEOUT), "shutdown"));
        log.info("reaction service {} started", settings.applicationId());
        System.out.println("bootstrap.servers=" + settings.kafka().get("bootstrap.servers"));
        if (served.dashboardUrl() != null) {
            System.out.println("dashboard=" + served.dashboardUrl());
        }
        System.out.flush();
        Throwable failure = app.awaitStop();
        if (failure != null || app.failed()) {
            log.error("streams client died: {}", failure == null ? "state ERROR" : failure.toString());
            return 1;
        }
        return 0;
    }

    private AppSettings load() {
        Map<String, String> flags = new java.util.LinkedHashMap<>(connection.flagOverrides());
        if (stateDir != null) {
            flags.put(ConfigKeys.STATE_DIR, stateDir.toString());
        }
        if (httpPort != null) {
            flags.put(ConfigKeys.HTTP_PORT, httpPort.toString());
        }
        return new ConfigLoader(TradingCalendars::byName)
                .load(new ConfigSources(Map.of(), connection.configFile(), System.getenv(), flags));
    }
}
