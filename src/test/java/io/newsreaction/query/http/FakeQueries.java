package io.newsreaction.query.http;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.query.ReactionQueries;
import io.newsreaction.query.ReactionSelection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reactions in a list; records the calls and whether they asked for local partitions only. */
class FakeQueries implements ReactionQueries {
    final List<MarketReaction> reactions = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    RuntimeException failure;

    FakeQueries(MarketReaction... reactions) {
        this.reactions.addAll(List.of(reactions));
    }

    @Override
    public List<MarketReaction> bySymbol(String symbol, Instant from, Instant to) {
        return answer("bySymbol " + symbol + " " + from + " " + to, ReactionSelection.latestPerKey(reactions.stream()
                .filter(ReactionSelection.symbolInWindow(symbol, from, to)).toList(), ReactionSelection.BY_PUBLISHED));
    }

    @Override
    public List<MarketReaction> byHeadline(String headlineId) {
        return answer("byHeadline " + headlineId, ReactionSelection.latestPerKey(reactions.stream()
                .filter(ReactionSelection.ofHeadline(headlineId)).toList(), ReactionSelection.BY_SYMBOL));
    }

    @Override
    public ReactionQueries localOnly() {
        FakeQueries outer = this;
        return new ReactionQueries() {
            @Override
            public List<MarketReaction> bySymbol(String symbol, Instant from, Instant to) {
                outer.calls.add("local");
                return outer.bySymbol(symbol, from, to);
            }

            @Override
            public List<MarketReaction> byHeadline(String headlineId) {
                outer.calls.add("local");
                return outer.byHeadline(headlineId);
            }
        };
    }

    private List<MarketReaction> answer(String call, List<MarketReaction> result) {
        calls.add(call);
        if (failure != null) {
            throw failure;
        }
        return result;
    }
}
