package io.newsreaction.data;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.Tick;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The size and syntax rules of input records (DESIGN §8), in one place for {@code ingest}, which
 * refuses a row with FILE:LINE, and for the service, which dead-letters a record. Every field is
 * bounded so that no record the service derives from an accepted headline can approach the
 * broker's record limit (1 MiB by default): a refused send would abort the exactly-once
 * transaction on every retry and stop the partition.
 */
public final class InputLimits {
    /** Longest symbol. */
    public static final int MAX_SYMBOL = 32;
    /** Longest headline id. */
    public static final int MAX_ID = 200;
    /** Longest headline title. */
    public static final int MAX_TITLE = 1_000;
    /** Longest source: a publisher's name, or a citation (the bundled timeline's run to 426 characters). */
    public static final int MAX_SOURCE = 1_000;
    /** Longest actor or entity name. */
    public static final int MAX_NAME = 200;
    /** Longest tick venue (an exchange or feed name). */
    public static final int MAX_VENUE = 200;
    /** Longest URL. */
    public static final int MAX_URL = 2_000;
    /** A symbol: 1 to 32 of A–Z, 0–9 and {@code . - _ ^ = / :} ({@code NVDA}, {@code BRK.B}, {@code ^GSPC}, {@code ES=F}). */
    public static final Pattern SYMBOL = Pattern.compile("[A-Z0-9._^=/:-]{1," + MAX_SYMBOL + "}");

    private InputLimits() {
    }

    /** Why {@code symbol} is not a symbol, or null when it is. */
    public static String symbolViolation(String field, String symbol) {
        if (symbol.length() > MAX_SYMBOL) {
            return field + " is " + symbol.length() + " characters, more than " + MAX_SYMBOL;
        }
        if (!isSymbol(symbol)) {
            return field + " '" + symbol + "' is not a symbol: 1 to " + MAX_SYMBOL
                    + " of A-Z, 0-9 and . - _ ^ = / : (upper case, no spaces)";
        }
        return null;
    }

    /**
     * Whether {@code symbol} matches {@link #SYMBOL}, checked character by character rather than
     * by the regular expression, as every tick passes here.
     */
    static boolean isSymbol(String symbol) {
        int n = symbol.length();
        if (n == 0 || n > MAX_SYMBOL) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = symbol.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '^' || c == '=' || c == '/' || c == ':' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Why {@code tick} breaks a size or syntax rule (its symbol, its venue), or null. */
    public static String tickViolation(Tick tick) {
        String violation = symbolViolation("tick symbol", tick.getSymbol());
        return violation != null ? violation : length("tick venue", tick.getVenue(), MAX_VENUE);
    }

    /**
     * Why {@code headline} breaks a size or syntax rule, or null. Tickers are checked as routing
     * reads them (trimmed, upper case); the list lengths are capped by the routing settings.
     */
    public static String headlineViolation(Headline headline) {
        String violation = length("headline id", headline.getId(), MAX_ID);
        violation = violation != null ? violation : controlCharacters("headline id", headline.getId());
        violation = violation != null ? violation : length("headline title", headline.getTitle(), MAX_TITLE);
        violation = violation != null ? violation : length("headline source", headline.getSource(), MAX_SOURCE);
        violation = violation != null ? violation : length("headline actor", headline.getActor(), MAX_NAME);
        violation = violation != null ? violation : length("headline url", headline.getUrl(), MAX_URL);
        if (violation != null) {
            return violation;
        }
        for (String ticker : headline.getTickers()) {
            String v = symbolViolation("headline ticker", ticker.trim().toUpperCase(java.util.Locale.ROOT));
            if (v != null) {
                return v;
            }
        }
        return entities(headline.getEntities());
    }

    private static String entities(List<String> entities) {
        for (String entity : entities) {
            String v = length("headline entity", entity, MAX_NAME);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Ids are parts of store keys, which separate their parts with control characters. */
    private static String controlCharacters(String field, CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return field + " contains the control character U+" + String.format(java.util.Locale.ROOT, "%04X", (int) value.charAt(i));
            }
        }
        return null;
    }

    private static String length(String field, CharSequence value, int max) {
        return value != null && value.length() > max
                ? field + " is " + value.length() + " characters, more than " + max
                : null;
    }
}
