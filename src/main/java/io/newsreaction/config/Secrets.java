package io.newsreaction.config;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * Masks secret configuration values wherever settings are printed: in {@code toString()}, in
 * {@code --print-config} dumps and in error messages.
 */
public final class Secrets {

    /** What a masked value prints as (the same text as Kafka's {@code Password.toString()}). */
    public static final String HIDDEN = "[hidden]";

    private static final String[] SECRET_WORDS = {"password", "secret", "token", "credential"};
    private static final String[] SECRET_SUFFIXES = {"basic.auth.user.info", SaslConfigs.SASL_JAAS_CONFIG};
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
        for (String suffix : SECRET_SUFFIXES) {
            if (k.endsWith(suffix)) {
                return true;
            }
        }
        return false;
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
