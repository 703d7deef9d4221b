package io.newsreaction.cli;

import io.newsreaction.config.ConfigKeys;
import io.newsreaction.config.ConfigSources;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Option;

/**
 * The options every command that talks to Kafka shares ({@code @Mixin}): where Kafka and the schema
 * registry are, a {@code --config} file and {@code --set key=value} overrides. The dedicated options
 * win over a {@code --set} of the same key.
 */
public class ConnectionOptions {

    /** {@code kafka.bootstrap.servers}. */
    public static final String BOOTSTRAP_KEY = ConfigKeys.KAFKA_PREFIX + CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG;

    @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT[,…]",
            description = "Kafka bootstrap servers (config key kafka.bootstrap.servers)")
    String bootstrapServer;

    @Option(names = "--schema-registry-url", paramLabel = "URL",
            description = "Schema registry URL (config key schema.registry.url)")
    String schemaRegistryUrl;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file: .properties, or YAML when named *.yml/*.yaml")
    Path configFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE", mapFallbackValue = "",
            description = "Override one configuration key (repeatable); wins over the file and environment")
    Map<String, String> overrides = new LinkedHashMap<>();

    /** The {@code --config} file, if given. */
    public Optional<Path> configFile() {
        return Optional.ofNullable(configFile);
    }

    /** Configuration keys set on the command line, for the loader's flag layer. */
    public Map<String, String> flagOverrides() {
        Map<String, String> flags = new LinkedHashMap<>(overrides);
        if (bootstrapServer != null) {
            flags.put(BOOTSTRAP_KEY, bootstrapServer);
        }
        if (schemaRegistryUrl != null) {
            flags.put(ConfigKeys.REGISTRY_URL, schemaRegistryUrl);
        }
        return flags;
    }

    /** File, this process's environment and the flags, for {@code ConfigLoader.load}. */
    public ConfigSources sources() {
        return ConfigSources.of(configFile(), flagOverrides());
    }
}
