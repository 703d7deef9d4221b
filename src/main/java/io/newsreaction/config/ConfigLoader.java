package io.newsreaction.config;

import io.newsreaction.reaction.ReactionSettings;

import io.newsreaction.topology.TickContract;
import io.newsreaction.topology.TickPartitioner;
import java.net.InetAddress;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Builds the {@link AppSettings} once at start: built-in defaults, then the {@link ConfigSources}
 * layers in order (base, {@code --config} file, {@code NEWS_REACTION_*} environment, flags), each
 * overriding the one before. An unknown key (other than the {@code kafka.}, {@code schema.registry.},
 * {@code reaction.benchmark.} and {@code routing.entity.} families) or a bad value fails fast with a
 * {@link ConfigException}.
 */
public final class ConfigLoader {

    private static final Pattern KAFKA_NAME = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
    private static final List<String> DYNAMIC_PREFIXES = List.of(
            ConfigKeys.KAFKA_PREFIX, ConfigKeys.REGISTRY_PREFIX, ConfigKeys.BENCHMARK_PREFIX, ConfigKeys.ENTITY_PREFIX);

    private final CalendarFactory calendars;

    public ConfigLoader(CalendarFactory calendars) {
        this.calendars = Objects.requireNonNull(calendars, "calendars");
    }

    /** The effective settings of {@code sources}. */
    public AppSettings load(ConfigSources sources) {
        Map<String, String> merged = new TreeMap<>(ConfigKeys.DEFAULTS);
        layer(merged, sources.base(), "built-in profile");
        sources.configFile().ifPresent(f -> layer(merged, ConfigFiles.read(f), "file " + f));
        EnvironmentMapping.keysOf(sources.env()).forEach((key, var) ->
                put(merged, key, var.getValue(), "environment variable " + var.getKey()));
        layer(merged, sources.flags(), "command line");
        return bind(new ConfigValues(merged));
    }

    /** True when {@code key} is a known key or belongs to a pass-through or dynamic family. */
    public static boolean isValidKey(String key) {
        if (ConfigKeys.knownKeys().contains(key)) {
            return true;
        }
        for (String prefix : DYNAMIC_PREFIXES) {
            if (key.startsWith(prefix) && !key.substring(prefix.length()).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static void layer(Map<String, String> merged, Map<String, String> values, String origin) {
        new TreeMap<>(values).forEach((key, value) -> put(merged, key, value, origin));
    }

    private static void put(Map<String, String> merged, String key, String value, String origin) {
        String k = key.trim();
        if (!isValidKey(k)) {
            throw new ConfigException("unknown configuration key '" + k + "' (from " + origin + ")");
        }
        merged.put(k, value == null ? "" : value.trim());
    }

    private AppSettings bind(ConfigValues v) {
        String applicationId = kafkaName(v, ConfigKeys.APPLICATION_ID);
        ReactionSettings reaction = ReactionBinder.bind(v, calendars);
        return new AppSettings(applicationId, topics(v), reaction, RoutingBinder.bind(v),
                tickContract(v), ReactionBinder.queryRetention(v, reaction), http(v), ClientBinder.kafka(v), ClientBinder.registry(v),
                        stateDir(v),
                new RegistryStartupSettings(v.intAtLeast(ConfigKeys.REGISTRY_STARTUP_MAX_ATTEMPTS, 1),
                        nonNegative(v, ConfigKeys.REGISTRY_STARTUP_BACKOFF)),
                v.asMap());
    }

    private static TopicSettings topics(ConfigValues v) {
        List<String> keys = List.of(
                ConfigKeys.TOPICS_HEADLINES, ConfigKeys.TOPICS_TICKS, ConfigKeys.TOPICS_REACTIONS, ConfigKeys.TOPICS_DLQ,
                ConfigKeys.TOPICS_EVENTS, ConfigKeys.TOPICS_STATS);
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            if (!seen.add(kafkaName(v, key))) {
                throw ConfigException.badValue(key, v.string(key), "the same topic is configured for another role");
            }
        }
        return new TopicSettings(v.string(keys.get(0)), v.string(keys.get(1)), v.string(keys.get(2)),
                v.string(keys.get(3)), v.intAtLeast(ConfigKeys.TOPICS_PARTITIONS, 1),
                v.bool(ConfigKeys.TOPICS_AUTO_CREATE), v.string(keys.get(4)), v.string(keys.get(5)));
    }

    private static TickContract tickContract(ConfigValues v) {
        String raw = v.nonBlank(ConfigKeys.TICKS_PARTITIONER);
        TickPartitioner partitioner = TickPartitioner.byConfigName(raw).orElseThrow(() -> ConfigException.badValue(
                ConfigKeys.TICKS_PARTITIONER, raw, "unknown partitioner (murmur2 or crc32)"));
        return new TickContract(partitioner, nonNegative(v, ConfigKeys.MAX_FUTURE_SKEW));
    }

    /** A switched-on API binds the address {@code http.bind} resolves to, checked for loopback. */
    private static HttpSettings http(ConfigValues v) {
        int port = v.port(ConfigKeys.HTTP_PORT);
        String bind = v.nonBlank(ConfigKeys.HTTP_BIND);
        String token = v.string(ConfigKeys.HTTP_TOKEN);
        if (port == 0) {
            return new HttpSettings(port, bind, token);
        }
        InetAddress address = BindAddress.resolve(bind);
        HttpSettings http = new HttpSettings(port, address.getHostAddress(), token);
        if (!http.hasToken() && !BindAddress.isLoopback(address)) {
            throw ConfigException.badValue(ConfigKeys.HTTP_BIND, bind,
                    "not a loopback address, so " + ConfigKeys.HTTP_TOKEN + " must be set (or " + ConfigKeys.HTTP_PORT
                            + "=0)");
        }
        return http;
    }

    private static Optional<Path> stateDir(ConfigValues v) {
        String dir = v.string(ConfigKeys.STATE_DIR);
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(dir));
        } catch (InvalidPathException e) {
            throw ConfigException.badValue(ConfigKeys.STATE_DIR, dir, "not a path: " + e.getReason());
        }
    }

    private static String kafkaName(ConfigValues v, String key) {
        String name = v.nonBlank(key);
        if (!KAFKA_NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw ConfigException.badValue(key, name, "not a legal Kafka name (letters, digits, '.', '_', '-')");
        }
        return name;
    }

    private static Duration nonNegative(ConfigValues v, String key) {
        Duration d = v.duration(key);
        if (d.isNegative()) {
            throw ConfigException.badValue(key, v.string(key), "must not be negative");
        }
        return d;
    }
}
