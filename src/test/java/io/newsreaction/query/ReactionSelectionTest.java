package io.newsreaction.query;

import static io.newsreaction.fixtures.Reactions.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.fixtures.ReactionRecords;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ReactionSelectionTest {

    @Test
    void shouldSelectPublishedAtInHalfOpenWindow() {
        Predicate<MarketReaction> window = ReactionSelection.symbolInWindow("NVDA", T0, T0.plusSeconds(60));

        assertThat(window.test(ReactionRecords.of("h1", "NVDA").at(T0).build())).isTrue();
        assertThat(window.test(ReactionRecords.of("h1", "NVDA").at(T0.plusSeconds(59)).build())).isTrue();
        assertThat(window.test(ReactionRecords.of("h1", "NVDA").at(T0.plusSeconds(60)).build())).isFalse();
        assertThat(window.test(ReactionRecords.of("h1", "NVDA").at(T0.minusMillis(1)).build())).isFalse();
        assertThat(window.test(ReactionRecords.of("h1", "AMD").at(T0).build())).isFalse();
    }

    @Test
    void shouldKeepHighestRevisionPerKey() {
        MarketReaction early = ReactionRecords.of("h1", "NVDA").revision(1).build();
        MarketReaction late = ReactionRecords.of("h1", "NVDA").revision(3).build();
        MarketReaction other = ReactionRecords.of("h2", "NVDA").revision(0).build();

        List<MarketReaction> latest = ReactionSelection.latestPerKey(List.of(late, other, early), ReactionSelection.BY_PUBLISHED);

        assertThat(latest).containsExactly(late, other);
    }

    @Test
    void shouldOrderBySymbolQueryByPublishedAtThenHeadlineId() {
        MarketReaction b = ReactionRecords.of("b", "NVDA").at(T0).build();
        MarketReaction a = ReactionRecords.of("a", "NVDA").at(T0).build();
        MarketReaction first = ReactionRecords.of("z", "NVDA").at(T0.minusSeconds(1)).build();

        assertThat(ReactionSelection.latestPerKey(List.of(b, a, first), ReactionSelection.BY_PUBLISHED))
                .containsExactly(first, a, b);
    }

    @Test
    void shouldOrderByHeadlineQueryBySymbol() {
        MarketReaction tsm = ReactionRecords.of("h1", "TSM").build();
        MarketReaction amd = ReactionRecords.of("h1", "AMD").build();
        MarketReaction nvda = ReactionRecords.of("h1", "NVDA").build();

        assertThat(ReactionSelection.latestPerKey(List.of(tsm, amd, nvda), ReactionSelection.BY_SYMBOL))
                .extracting(MarketReaction::getSymbol).containsExactly("AMD", "NVDA", "TSM");
    }
}
