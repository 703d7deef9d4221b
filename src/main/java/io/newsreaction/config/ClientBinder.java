package io.newsreaction.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.StreamsConfig;

/** Builds the pass-through maps for the Kafka clients ({@code kafka.*}) and the serdes ({@code schema.registry.*}). */
final class ClientBinder {

    static final String USER_INFO = "basic.auth.user.info";
    static final String CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    private static final List<String> CREDENTIALS_SOURCES = List.of("USER_INFO", "URL", "SASL_INHERIT");
    private static final List<String> BOOLEAN_KEYS = List.of("auto.register.schemas", "use.latest.version");
    /** Kafka properties that have a key of their own here, so one value cannot be set twice. */
    private static final Map<String, String> OWN_KEYS = Map.of(
            StreamsConfig.APPLICATION_ID_CONFIG, ConfigKeys.APPLICATION_ID,
            StreamsConfig.STATE_DIR_CONFIG, ConfigKeys.STATE_DIR);

    private ClientBinder() {
    }

    /** {@code kafka.*} with the prefix stripped. */
    static Map<String, String> kafka(ConfigValues v) {
        Map<String, String> out = new TreeMap<>();
        v.withPrefix(ConfigKeys.KAFKA_PREFIX).forEach((key, value) -> {
            String name = key.substring(ConfigKeys.KAFKA_PREFIX.length());
            String own = OWN_KEYS.get(name);
            if (own != null) {
                throw new ConfigException(key + ": set " + own + " instead");
            }
            out.put(name, value);
        });
        return out;
    }

    /**
     * {@code schema.registry.*} with full keys, plus the Confluent short keys (given either way,
     * each is present in both forms); a user info without a credentials source implies {@code USER_INFO}.
     */
    static Map<String, String> registry(ConfigValues v) {
        Map<String, String> out = new TreeMap<>(v.withPrefix(ConfigKeys.REGISTRY_PREFIX));
        for (String shortKey : ConfigKeys.REGISTRY_SHORT_KEYS) {
            String longKey = ConfigKeys.REGISTRY_PREFIX + shortKey;
            String value = out.get(longKey);
            if (v.has(shortKey)) {
                String shortValue = v.string(shortKey);
                if (value != null && !value.equals(shortValue)) {
                    throw ConfigException.badValue(shortKey, shortValue, "conflicts with " + longKey);
                }
                value = shortValue;
            }
            if (value != null) {
                out.put(longKey, value);
                out.put(shortKey, value);
            }
        }
        validate(out);
        return out;
    }

    private static void validate(Map<String, String> registry) {
        String urls = registry.get(ConfigKeys.REGISTRY_URL);
        if (urls != null) {
            for (String url : ConfigValues.items(urls)) {
                checkUrl(urls, url);
            }
        }
        for (String key : BOOLEAN_KEYS) {
            String value = registry.get(key);
            if (value != null && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                throw ConfigException.badValue(key, value, "not a boolean (true or false)");
            }
        }
        String userInfo = registry.get(USER_INFO);
        if (userInfo != null && userInfo.indexOf(':') < 1) {
            throw ConfigException.badValue(USER_INFO, userInfo, "expected USER:PASSWORD");
        }
        String source = registry.get(CREDENTIALS_SOURCE);
        if (source == null && userInfo != null) {
            registry.put(CREDENTIALS_SOURCE, "USER_INFO");
            registry.put(ConfigKeys.REGISTRY_PREFIX + CREDENTIALS_SOURCE, "USER_INFO");
        } else if (source != null && !CREDENTIALS_SOURCES.contains(source.toUpperCase(Locale.ROOT))) {
            throw ConfigException.badValue(CREDENTIALS_SOURCE, source, "expected one of " + CREDENTIALS_SOURCES);
        }
    }

    private static void checkUrl(String urls, String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw ConfigException.badValue(ConfigKeys.REGISTRY_URL, urls, "not an http(s) URL: " + Secrets.mask("url", url));
    }
}
