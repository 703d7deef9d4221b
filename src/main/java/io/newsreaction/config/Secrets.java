package io.newsreaction.config;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Masks secret configuration values wherever settings are printed: in {@code toString()}, in
 * {@code --print-config} dumps and in error messages.
 *
 * <p>A key is secret when it ends with a name the Kafka clients declare as
 * {@link ConfigDef.Type#PASSWORD} (so {@code kafka.ssl.keystore.key},
 * {@code kafka.producer.ssl.key.password} and {@code schema.registry.ssl.keystore.password} all
 * are), ends with {@code basic.auth.user.info}, or contains one of the words password, passphrase,
 * secret, token, credential (credentials source excepted).
 */
public final class Secrets {

    /** What a masked value prints as (the same text as Kafka's {@code Password.toString()}). */
    public static final String HIDDEN = "[hidden]";

    private static final String[] SECRET_WORDS = {"password", "passphrase", "secret", "token", "credential"};
    private static final Set<String> SECRET_NAMES = secretNames();
    /** {@code scheme://user:pass@host} in URLs: the user info is masked, the rest kept. */
    private static final Pattern URL_USER_INFO = Pattern.compile("(?<=://)[^/@\\s,]+@");

    private Secrets() {
    }

    /** True when values of {@code key} must never be printed. */
    public static boolean isSecret(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        for (String word : SECRET_WORDS) {
            if (k.contains(word) && !k.endsWith("credentials.source")) {
                return true;
            }
        }
        for (String name : SECRET_NAMES) {
            if (k.equals(name) || k.endsWith("." + name)) {
                return true;
            }
        }
        return false;
    }

    /** Every {@code PASSWORD}-type name of the producer, consumer, admin and streams configs, plus basic auth. */
    static Set<String> secretNames() {
        Set<String> names = new TreeSet<>(List.of("basic.auth.user.info", SaslConfigs.SASL_JAAS_CONFIG));
        for (ConfigDef def : List.of(ProducerConfig.configDef(), ConsumerConfig.configDef(),
                AdminClientConfig.configDef(), StreamsConfig.configDef())) {
            def.configKeys().values().stream()
                    .filter(key -> key.type == ConfigDef.Type.PASSWORD)
                    .forEach(key -> names.add(key.name.toLowerCase(Locale.ROOT)));
        }
        return Collections.unmodifiableSet(names);
    }

    /** The value as it may be printed: {@link #HIDDEN} for secrets, URL user info masked otherwise. */
    public static String mask(String key, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (isSecret(key)) {
            return HIDDEN;
        }
        return URL_USER_INFO.matcher(value).replaceAll(HIDDEN + "@");
    }

    /** A sorted copy of {@code config} with every value passed through {@link #mask}. */
    public static Map<String, String> maskAll(Map<String, ?> config) {
        Map<String, String> masked = new TreeMap<>();
        config.forEach((k, v) -> masked.put(k, mask(k, v == null ? null : v.toString())));
        return masked;
    }
}
