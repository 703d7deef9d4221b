package io.newsreaction.tail;

import java.util.Locale;

/** Output formats of {@code tail}: one JSON object per line, or a compact table for people. */
public enum TailFormat {
    JSON,
    TABLE;

    /** The format named {@code name} ({@code json} or {@code table}, any case). */
    public static TailFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "': expected json or table", e);
        }
    }
}
