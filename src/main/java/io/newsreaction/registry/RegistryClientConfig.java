package io.newsreaction.registry;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * Schema registry client and serde settings, read from a map with Confluent's key names so users'
 * existing configurations work. Immutable; {@link #toString()} masks secrets.
 */
public final class RegistryClientConfig {

    public static final String PREFIX = "schema.registry.";
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String USE_LATEST_VERSION = "use.latest.version";
    public static final String TRUSTSTORE_LOCATION = "schema.registry.ssl.truststore.location";
    public static final String TRUSTSTORE_PASSWORD = "schema.registry.ssl.truststore.password";
    public static final String TRUSTSTORE_TYPE = "schema.registry.ssl.truststore.type";
    public static final String CONNECT_TIMEOUT_MS = "schema.registry.connect.timeout.ms";
    public static final String READ_TIMEOUT_MS = "schema.registry.read.timeout.ms";
    public static final String MAX_RETRIES = "schema.registry.max.retries";
    public static final String RETRY_BACKOFF_MS = "schema.registry.retry.backoff.ms";
    public static final String RETRY_BACKOFF_MAX_MS = "schema.registry.retry.backoff.max.ms";

    /** Credentials taken from {@link #BASIC_AUTH_USER_INFO}. */
    public static final String SOURCE_USER_INFO = "USER_INFO";
    /** Credentials taken from the user info of the URL (Confluent's default source). */
    public static final String SOURCE_URL = "URL";

    private static final String MASK = "[hidden]";

    private final List<URI> urls;
    private final String userInfo;
    private final Path truststoreLocation;
    private final String truststorePassword;
    private final String truststoreType;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final int maxRetries;
    private final Duration retryBackoff;
    private final Duration retryBackoffMax;
    private final boolean autoRegisterSchemas;
    private final boolean useLatestVersion;

    private RegistryClientConfig(ConfigValues values) {
        List<String> urlUserInfos = new ArrayList<>();
        this.urls = parseUrls(values.string(SCHEMA_REGISTRY_URL), urlUserInfos);
        this.userInfo = credentials(values, urlUserInfos);
        this.truststoreLocation = values.string(TRUSTSTORE_LOCATION).map(Path::of).orElse(null);
        this.truststorePassword = values.string(TRUSTSTORE_PASSWORD).orElse(null);
        this.truststoreType = values.string(TRUSTSTORE_TYPE).orElse(KeyStore.getDefaultType());
        this.connectTimeout = Duration.ofMillis(values.positiveLong(CONNECT_TIMEOUT_MS, 10_000));
        this.readTimeout = Duration.ofMillis(values.positiveLong(READ_TIMEOUT_MS, 30_000));
        this.maxRetries = (int) values.nonNegativeLong(MAX_RETRIES, 3);
        this.retryBackoff = Duration.ofMillis(values.positiveLong(RETRY_BACKOFF_MS, 100));
        this.retryBackoffMax = Duration.ofMillis(values.positiveLong(RETRY_BACKOFF_MAX_MS, 5_000));
        this.autoRegisterSchemas = values.bool(AUTO_REGISTER_SCHEMAS, true);
        this.useLatestVersion = values.bool(USE_LATEST_VERSION, false);
    }

    /**
     * Reads the settings; the basic-auth, auto-register and use-latest keys are also accepted with
     * the {@code schema.registry.} prefix. Fails fast with a {@link ConfigException} naming the key.
     */
    public static RegistryClientConfig from(Map<String, ?> config) {
        return new RegistryClientConfig(new ConfigValues(config));
    }

    private static String credentials(ConfigValues values, List<String> urlUserInfos) {
        String source = values.string(BASIC_AUTH_CREDENTIALS_SOURCE).orElse(SOURCE_URL)
                .toUpperCase(Locale.ROOT);
        switch (source) {
            case SOURCE_URL:
                return urlUserInfos.isEmpty() ? null : urlUserInfos.get(0);
            case SOURCE_USER_INFO:
                String info = values.string(BASIC_AUTH_USER_INFO).orElseThrow(() -> new ConfigException(
                        BASIC_AUTH_USER_INFO + " is required when " + BASIC_AUTH_CREDENTIALS_SOURCE + "=USER_INFO"));
                if (info.indexOf(':') <= 0) {
                    throw new ConfigException(BASIC_AUTH_USER_INFO + " must have the form user:password");
                }
                return info;
            default:
                throw new ConfigException("unsupported " + BASIC_AUTH_CREDENTIALS_SOURCE + " '" + source
                        + "': expected USER_INFO or URL");
        }
    }

    private static List<URI> parseUrls(Optional<String> raw, List<String> userInfos) {
        List<URI> result = new ArrayList<>();
        for (String part : raw.orElse("").split(",")) {
            String text = part.trim();
            if (!text.isEmpty()) {
                result.add(parseUrl(text, userInfos));
            }
        }
        return List.copyOf(result);
    }

    private static URI parseUrl(String text, List<String> userInfos) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new ConfigException("invalid URL in " + SCHEMA_REGISTRY_URL + ": '" + maskUrl(text)
                        + "' (expected http://host:port[/path] or https://...)");
            }
            if (uri.getRawUserInfo() != null) {
                userInfos.add(URLDecoder.decode(uri.getRawUserInfo(), StandardCharsets.UTF_8));
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            return new URI(scheme + "://" + uri.getRawAuthority().replaceFirst("^.*@", "") + path);
        } catch (URISyntaxException e) {
            throw new ConfigException("invalid URL in " + SCHEMA_REGISTRY_URL + ": '" + maskUrl(text) + "'");
        }
    }

    private static String maskUrl(String text) {
        return text.replaceFirst("//[^/@]*@", "//" + MASK + "@");
    }

    /** Registry base URLs in fail-over order, without user info and trailing slash. */
    public List<URI> urls() {
        return urls;
    }

    /** {@code user:password} for basic auth, or null for none. */
    public String userInfo() {
        return userInfo;
    }

    /** Trust store for HTTPS, or null to use the JVM's default trust. */
    public Path truststoreLocation() {
        return truststoreLocation;
    }

    public String truststorePassword() {
        return truststorePassword;
    }

    public String truststoreType() {
        return truststoreType;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    /** Retries after the first round of attempts on connection errors and 5xx. */
    public int maxRetries() {
        return maxRetries;
    }

    /** Backoff before the first retry; doubled for each further retry up to {@link #retryBackoffMax()}. */
    public Duration retryBackoff() {
        return retryBackoff;
    }

    public Duration retryBackoffMax() {
        return retryBackoffMax;
    }

    public boolean autoRegisterSchemas() {
        return autoRegisterSchemas;
    }

    public boolean useLatestVersion() {
        return useLatestVersion;
    }

    @Override
    public String toString() {
        String user = userInfo == null ? "none" : userInfo.substring(0, userInfo.indexOf(':')) + ":" + MASK;
        return "RegistryClientConfig{urls=" + urls
                + ", basicAuth=" + user
                + ", truststore=" + (truststoreLocation == null ? "default" : truststoreLocation
                        + " (" + truststoreType + ", password " + (truststorePassword == null ? "none" : MASK) + ")")
                + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout
                + ", maxRetries=" + maxRetries
                + ", retryBackoff=" + retryBackoff + ".." + retryBackoffMax
                + ", autoRegisterSchemas=" + autoRegisterSchemas
                + ", useLatestVersion=" + useLatestVersion + "}";
    }

    /** Typed reads of raw config values; never echoes a value that could be secret. */
    private static final class ConfigValues {
        private final Map<String, ?> raw;

        ConfigValues(Map<String, ?> raw) {
            this.raw = raw == null ? Map.of() : raw;
        }

        Optional<String> string(String key) {
            Object value = raw.get(key);
            if (value == null && !key.startsWith(PREFIX)) {
                value = raw.get(PREFIX + key);
            }
            if (value instanceof Password) {
                value = ((Password) value).value();
            }
            return Optional.ofNullable(value).map(v -> v.toString().trim()).filter(v -> !v.isEmpty());
        }

        boolean bool(String key, boolean defaultValue) {
            Optional<String> value = string(key);
            if (value.isEmpty()) {
                return defaultValue;
            }
            String text = value.get().toLowerCase(Locale.ROOT);
            if (!text.equals("true") && !text.equals("false")) {
                throw new ConfigException("invalid value '" + value.get() + "' for " + key + ": expected true or false");
            }
            return Boolean.parseBoolean(text);
        }

        long positiveLong(String key, long defaultValue) {
            long value = nonNegativeLong(key, defaultValue);
            if (value == 0) {
                throw new ConfigException("invalid value '0' for " + key + ": must be positive");
            }
            return value;
        }

        long nonNegativeLong(String key, long defaultValue) {
            Optional<String> value = string(key);
            if (value.isEmpty()) {
                return defaultValue;
            }
            try {
                long parsed = Long.parseLong(value.get());
                if (parsed >= 0 && parsed <= Integer.MAX_VALUE) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
            throw new ConfigException("invalid value '" + value.get() + "' for " + key
                    + ": expected a non-negative integer");
        }
    }
}
