package io.newsreaction.query;

import io.newsreaction.avro.MarketReaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Filters, de-duplicates and orders reactions for the read API; pure functions shared by the local
 * store scan and the merge of several instances' answers.
 */
public final class ReactionSelection {
    /** Order of {@link ReactionQueries#bySymbol}: publishedAt, then headline id. */
    public static final Comparator<MarketReaction> BY_PUBLISHED = Comparator
            .comparing(MarketReaction::getPublishedAt)
            .thenComparing(MarketReaction::getHeadlineId)
            .thenComparing(MarketReaction::getSymbol);
    /** Order of {@link ReactionQueries#byHeadline}: symbol. */
    public static final Comparator<MarketReaction> BY_SYMBOL = Comparator
            .comparing(MarketReaction::getSymbol)
            .thenComparing(MarketReaction::getHeadlineId);

    private ReactionSelection() {
    }

    /** Reactions of {@code symbol} whose headline was published in {@code [from, to)}. */
    public static Predicate<MarketReaction> symbolInWindow(String symbol, Instant from, Instant to) {
        return r -> r.getSymbol().equals(symbol)
                && !r.getPublishedAt().isBefore(from)
                && r.getPublishedAt().isBefore(to);
    }

    /** Reactions of one headline. */
    public static Predicate<MarketReaction> ofHeadline(String headlineId) {
        return r -> r.getHeadlineId().equals(headlineId);
    }

    /**
     * One reaction per (headline, symbol), the highest revision winning, in {@code order}. Several
     * instances can briefly answer for the same key while a partition migrates; the later revision
     * is the better answer.
     */
    public static List<MarketReaction> latestPerKey(Collection<MarketReaction> reactions, Comparator<MarketReaction> order) {
        Map<List<String>, MarketReaction> latest = new LinkedHashMap<>();
        for (MarketReaction r : reactions) {
            latest.merge(List.of(r.getHeadlineId(), r.getSymbol()), r, ReactionSelection::later);
        }
        List<MarketReaction> out = new ArrayList<>(latest.values());
        out.sort(order);
        return out;
    }

    private static MarketReaction later(MarketReaction a, MarketReaction b) {
        return b.getRevision() > a.getRevision() ? b : a;
    }
}
