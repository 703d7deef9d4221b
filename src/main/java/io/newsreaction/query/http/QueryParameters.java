package io.newsreaction.query.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The query string of a request, with typed getters that fail with the parameter's name. */
final class QueryParameters {
    private final Map<String, String> values;

    private QueryParameters(Map<String, String> values) {
        this.values = values;
    }

    /** Parses a raw (still percent-encoded) query string; null means none. */
    static QueryParameters parse(String rawQuery) {
        Map<String, String> values = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return new QueryParameters(values);
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), "query");
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), name);
            if (values.putIfAbsent(name, value) != null) {
                throw new BadParameterException(name, name + " is given more than once");
            }
        }
        return new QueryParameters(values);
    }

    /** A parameter that must be present and not blank. */
    String required(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new BadParameterException(name, name + " is required");
        }
        return value.trim();
    }

    /** A required ISO-8601 instant, e.g. {@code 2025-01-27T14:30:00Z} or with an offset. */
    Instant instant(String name) {
        String value = required(name);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, name + " is not an ISO-8601 instant such as 2025-01-27T14:30:00Z: " + value);
        }
    }

    /** An optional parameter, trimmed; null when absent or blank. */
    String optional(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** An optional enum constant, by name in any case; null when absent. */
    <E extends Enum<E>> E optionalEnum(String name, Class<E> type) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(name, name + " must be one of " + java.util.Arrays.toString(type.getEnumConstants())
                    + ": " + value);
        }
    }

    /** An optional boolean ({@code true} or {@code false}). */
    boolean flag(String name) {
        String value = Optional.ofNullable(values.get(name)).orElse("false");
        if (value.equals("true") || value.isEmpty()) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw new BadParameterException(name, name + " must be true or false: " + value);
    }

    /** Percent-decodes a path segment, where {@code +} is a plus sign rather than a space. */
    static String decodePathSegment(String raw, String parameter) {
        return decode(raw.replace("+", "%2B"), parameter);
    }

    private static String decode(String raw, String parameter) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(parameter, parameter + " is not correctly percent-encoded");
        }
    }
}
