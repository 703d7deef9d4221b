package io.newsreaction.config;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Maps {@code NEWS_REACTION_*} environment variables to configuration keys.
 *
 * <p>A fixed key's variable is the key upper-cased with dots and dashes as underscores
 * ({@code reaction.grace} is {@code NEWS_REACTION_REACTION_GRACE}); a variable is matched by
 * normalizing every known key the same way. Dynamic keys, after their prefix:
 * <ul>
 *   <li>{@code NEWS_REACTION_KAFKA_<NAME>}: {@code kafka.} + name lower-cased, underscores as dots
 *       ({@code NEWS_REACTION_KAFKA_SASL_JAAS_CONFIG} is {@code kafka.sasl.jaas.config});</li>
 *   <li>{@code NEWS_REACTION_SCHEMA_REGISTRY_<NAME>}: {@code schema.registry.} + name, the same way;</li>
 *   <li>{@code NEWS_REACTION_REACTION_BENCHMARK_<SYMBOL>}: the symbol upper-cased, underscores as dots
 *       ({@code BRK_B} is {@code BRK.B});</li>
 *   <li>{@code NEWS_REACTION_ROUTING_ENTITY_<ENTITY>}: the entity lower-cased (entities match
 *       case-insensitively), underscores as spaces ({@code SCALE_AI} is {@code scale ai}).</li>
 * </ul>
 * {@value #APICURIO_DIR} is no configuration key and is skipped: it only tells the embedded
 * stack where the Apicurio Registry is unpacked, and {@code embedded.ApicurioLocator} reads it
 * from the environment itself, before and without any configuration. Any other
 * {@code NEWS_REACTION_*} variable fails fast, like an unknown key in a file.
 */
public final class EnvironmentMapping {

    public static final String ENV_PREFIX = "NEWS_REACTION_";
    /** Where the embedded schema registry is unpacked; read by {@code embedded.ApicurioLocator}. */
    public static final String APICURIO_DIR = "NEWS_REACTION_APICURIO_DIR";

    /** {@code NEWS_REACTION_*} variables that other parts of the program read, not configuration keys. */
    private static final Set<String> NOT_CONFIGURATION = Set.of(APICURIO_DIR);

    private static final Map<String, String> KNOWN_BY_ENV = knownByEnv();

    private EnvironmentMapping() {
    }

    /** The variable name for a configuration key. */
    public static String envName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The configuration keys and values set by {@code env}, mapped back to their variable names. */
    public static Map<String, Map.Entry<String, String>> keysOf(Map<String, String> env) {
        Map<String, Map.Entry<String, String>> out = new LinkedHashMap<>();
        new TreeMap<>(env).forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && !NOT_CONFIGURATION.contains(name)) {
                out.put(keyOf(name), Map.entry(name, value));
            }
        });
        return out;
    }

    static String keyOf(String name) {
        String rest = name.substring(ENV_PREFIX.length());
        String known = KNOWN_BY_ENV.get(rest);
        if (known != null) {
            return known;
        }
        String key = dynamicKey(rest);
        if (key == null) {
            throw new ConfigException("environment variable " + name + " names no configuration key");
        }
        return key;
    }

    private static String dynamicKey(String rest) {
        String tail;
        if ((tail = after(rest, "KAFKA_")) != null) {
            return ConfigKeys.KAFKA_PREFIX + tail.toLowerCase(Locale.ROOT).replace('_', '.');
        }
        if ((tail = after(rest, "SCHEMA_REGISTRY_")) != null) {
            return ConfigKeys.REGISTRY_PREFIX + tail.toLowerCase(Locale.ROOT).replace('_', '.');
        }
        if ((tail = after(rest, "REACTION_BENCHMARK_")) != null) {
            return ConfigKeys.BENCHMARK_PREFIX + tail.toUpperCase(Locale.ROOT).replace('_', '.');
        }
        if ((tail = after(rest, "ROUTING_ENTITY_")) != null) {
            return ConfigKeys.ENTITY_PREFIX + tail.toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        return null;
    }

    private static String after(String rest, String prefix) {
        return rest.startsWith(prefix) && rest.length() > prefix.length() ? rest.substring(prefix.length()) : null;
    }

    private static Map<String, String> knownByEnv() {
        Map<String, String> byEnv = new HashMap<>();
        for (String key : ConfigKeys.knownKeys()) {
            byEnv.put(envName(key).substring(ENV_PREFIX.length()), key);
        }
        return byEnv;
    }
}
