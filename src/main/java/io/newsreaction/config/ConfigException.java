package io.newsreaction.config;

/** A configuration that cannot be used; the message names the key and the (masked) value. */
public class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code "key=value: reason"}, with the value masked when the key holds a secret. */
    public static ConfigException badValue(String key, String value, String reason) {
        return new ConfigException(key + "=" + Secrets.mask(key, value) + ": " + reason);
    }
}
