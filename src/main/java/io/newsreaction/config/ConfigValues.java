package io.newsreaction.config;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The merged configuration with typed getters; every getter that cannot read its value throws a
 * {@link ConfigException} naming the key and the value.
 */
final class ConfigValues {

    private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9^][A-Z0-9.^=/_-]*");

    private final SortedMap<String, String> values;

    ConfigValues(Map<String, String> values) {
        this.values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    SortedMap<String, String> asMap() {
        return values;
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    String string(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new ConfigException(key + " is not set");
        }
        return value;
    }

    String nonBlank(String key) {
        String value = string(key);
        if (value.isBlank()) {
            throw ConfigException.badValue(key, value, "must not be empty");
        }
        return value;
    }

    /** Every key starting with {@code prefix} (full keys), in key order. */
    SortedMap<String, String> withPrefix(String prefix) {
        return values.subMap(prefix, prefix + Character.MAX_VALUE);
    }

    Duration duration(String key) {
        String value = nonBlank(key);
        return parseDuration(key, value, value);
    }

    Duration positiveDuration(String key) {
        Duration d = duration(key);
        if (d.isZero() || d.isNegative()) {
            throw ConfigException.badValue(key, string(key), "must be positive");
        }
        return d;
    }

    int intAtLeast(String key, int min) {
        String value = nonBlank(key);
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ConfigException.badValue(key, value, "not an integer");
        }
        if (n < min) {
            throw ConfigException.badValue(key, value, "must be at least " + min);
        }
        return n;
    }

    int port(String key) {
        int port = intAtLeast(key, 0);
        if (port > 65_535) {
            throw ConfigException.badValue(key, string(key), "not a TCP port (0-65535)");
        }
        return port;
    }

    boolean bool(String key) {
        String value = nonBlank(key);
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                throw ConfigException.badValue(key, value, "not a boolean (true or false)");
        }
    }

    /** A non-empty comma list of ISO-8601 durations. */
    List<Duration> durations(String key) {
        String value = nonBlank(key);
        List<Duration> out = new ArrayList<>();
        for (String item : items(value)) {
            out.add(parseDuration(key, value, item));
        }
        return out;
    }

    /** A comma list of ISO dates, or null when the key is absent (empty value = no dates). */
    Set<LocalDate> datesOrNull(String key) {
        if (!has(key)) {
            return null;
        }
        String value = string(key);
        Set<LocalDate> dates = new TreeSet<>();
        for (String item : items(value)) {
            try {
                dates.add(LocalDate.parse(item));
            } catch (DateTimeException e) {
                throw ConfigException.badValue(key, value, "not an ISO date (yyyy-MM-dd): " + item);
            }
        }
        return Collections.unmodifiableSet(dates);
    }

    /** Upper-cased symbols of a comma list (may be empty). */
    List<String> symbols(String key) {
        String value = string(key);
        List<String> out = new ArrayList<>();
        for (String item : items(value)) {
            out.add(symbol(key, value, item));
        }
        return out;
    }

    /** Reads one symbol of {@code value}, upper-cased. */
    static String symbol(String key, String value, String item) {
        String s = item.trim().toUpperCase(Locale.ROOT);
        if (!SYMBOL.matcher(s).matches()) {
            throw ConfigException.badValue(key, value, "not a symbol: '" + item + "'");
        }
        return s;
    }

    /** The trimmed, non-empty items of a comma list. */
    static List<String> items(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    /** Kafka and the stores count time in milliseconds, so a duration must fit in a long of them. */
    private static Duration parseDuration(String key, String value, String item) {
        String which = item.equals(value) ? "" : ": " + item;
        Duration d;
        try {
            d = Duration.parse(item.trim());
        } catch (DateTimeException | ArithmeticException e) {
            throw ConfigException.badValue(key, value, "not an ISO-8601 duration" + which + " (e.g. PT1M, PT6H30M)");
        }
        try {
            d.toMillis();
        } catch (ArithmeticException e) {
            throw ConfigException.badValue(key, value, "too long to count in milliseconds" + which);
        }
        return d;
    }
}
