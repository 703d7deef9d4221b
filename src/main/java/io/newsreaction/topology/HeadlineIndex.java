package io.newsreaction.topology;

import java.util.Locale;

/**
 * String keys that list headlines by {@code publishedAt} inside a store keyed by headline id:
 * U+0001, the time as 16 hex digits that sort like the signed value, U+0000, the headline id. No
 * headline id holds a control character, so an index key never equals a headline's own key, and
 * a range scan up to {@link #upTo} finds every headline published before a cutoff.
 */
final class HeadlineIndex {
    static final String MARK = "\u0001";
    private static final String SEP = "\u0000";

    private HeadlineIndex() {
    }

    static String key(long publishedAt, String headlineId) {
        return MARK + String.format(Locale.ROOT, "%016x", publishedAt ^ Long.MIN_VALUE) + SEP + headlineId;
    }

    /** Exclusive upper bound of the index keys of headlines published before {@code cutoff}. */
    static String upTo(long cutoff) {
        return key(cutoff, "");
    }

    static String headlineId(String indexKey) {
        return indexKey.substring(indexKey.indexOf(SEP) + 1);
    }
}
