package io.newsreaction.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.fixtures.Reactions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReactionTableTest {

    private static final Duration PT30M = ReactionTable.PT30M;

    @Test
    void shouldRankByAbsoluteAbnormalReturnLargestFirst() {
        ReactionTable table = new ReactionTable(List.of(
                Reactions.forSymbol("MSFT").headline("a").abnormal30m(0.02).build(),
                Reactions.forSymbol("NVDA").headline("a").abnormal30m(-0.05).build(),
                Reactions.forSymbol("AMD").headline("a").abnormal30m(0.03).build()));

        ReactionTable.Ranking ranking = table.rank(PT30M, 15);

        assertThat(ranking.top()).extracting(MarketReaction::getSymbol).containsExactly("NVDA", "AMD", "MSFT");
        assertThat(ranking.ranked()).isEqualTo(3);
        assertThat(ranking.skipped()).isZero();
    }

    @Test
    void shouldBreakTiesByPublishedAtThenHeadlineThenSymbol() {
        ReactionTable table = new ReactionTable(List.of(
                Reactions.forSymbol("NVDA").headline("b").abnormal30m(0.04).build(),
                Reactions.forSymbol("AMD").headline("b").abnormal30m(-0.04).build(),
                Reactions.forSymbol("META").headline("a").abnormal30m(0.04).build(),
                Reactions.forSymbol("MSFT").headline("z").publishedAt("2025-01-27T14:00:00Z")
                        .abnormal30m(0.04).build()));

        assertThat(table.rank(PT30M, 15).top())
                .extracting(r -> r.getHeadlineId() + "/" + r.getSymbol())
                .containsExactly("z/MSFT", "a/META", "b/AMD", "b/NVDA");
    }

    @Test
    void shouldSkipReactionsWithoutTheHorizonOrItsAbnormalReturn() {
        ReactionTable table = new ReactionTable(List.of(
                Reactions.forSymbol("NVDA").headline("ok").abnormal30m(-0.05).abnormalSession(-0.17).build(),
                Reactions.forSymbol("AMD").headline("no-ref").build(),
                Reactions.forSymbol("META").headline("no-bench").withoutBenchmark(PT30M, 0.02).build(),
                Reactions.forSymbol("MSFT").headline("short").abnormal30m(0.01).status(ReactionStatus.PROVISIONAL)
                        .build()));

        ReactionTable.Ranking atThirty = table.rank(PT30M, 15);
        ReactionTable.Ranking atSession = table.rank(ReactionTable.ONE_SESSION, 15);

        assertThat(atThirty.top()).extracting(MarketReaction::getSymbol).containsExactly("NVDA", "MSFT");
        assertThat(atThirty.skipped()).isEqualTo(2);
        assertThat(atSession.top()).extracting(MarketReaction::getSymbol).containsExactly("NVDA");
        assertThat(atSession.skipped()).isEqualTo(3);
        assertThat(table.render(PT30M, 15)).contains("top 2 of 2 ranked, 2 skipped");
    }

    @Test
    void shouldKeepOnlyTheTopNRows() {
        ReactionTable table = new ReactionTable(List.of(
                Reactions.forSymbol("A").abnormal30m(0.01).build(),
                Reactions.forSymbol("B").abnormal30m(0.03).build(),
                Reactions.forSymbol("C").abnormal30m(0.02).build()));

        ReactionTable.Ranking ranking = table.rank(PT30M, 2);

        assertThat(ranking.top()).extracting(MarketReaction::getSymbol).containsExactly("B", "C");
        assertThat(ranking.ranked()).isEqualTo(3);
        assertThatThrownBy(() -> table.rank(PT30M, -1)).hasMessage("limit must not be negative: -1");
    }

    @Test
    void shouldUseTheLatestRevisionPerKey() {
        MarketReaction provisional = Reactions.forSymbol("NVDA").abnormal30m(-0.02)
                .status(ReactionStatus.PROVISIONAL).build();
        MarketReaction fin = Reactions.forSymbol("NVDA").abnormal30m(-0.02).abnormalSession(-0.17).build();

        List<MarketReaction> latest = ReactionTable.latestPerKey(List.of(fin, provisional));

        assertThat(latest).containsExactly(fin);
        assertThat(new ReactionTable(List.of(provisional, fin)).summary())
                .isEqualTo("1 reactions (0 PROVISIONAL, 1 FINAL, 0 NO_REFERENCE) for 1 symbols (NVDA) and 1 headlines");
    }

    @Test
    void shouldRenderAlignedRowsWithFormattedValuesAndTruncatedText() {
        String title = "Nvidia loses $589 billion in market value as DeepSeek's cheap model rattles investors";
        ReactionTable table = new ReactionTable(List.of(
                Reactions.forSymbol("NVDA").actor("An Analyst With A Very Long Name").title(title)
                        .abnormal30m(-0.05).build()));

        List<String> lines = table.render(PT30M, 15).lines().toList();

        assertThat(lines.get(1)).startsWith("#  published (UTC)   symbol  kind").contains("abnormal");
        assertThat(lines.get(3))
                .startsWith("1  2025-01-27 14:30  NVDA    MODEL_RELEASE  An Analyst With A...  Nvidia loses")
                .contains("...", "-3.92%", "+1.01%", "-5.00%", "-5.00", "FINAL")
                .doesNotContain("rattles investors");
        assertThat(lines.get(1).indexOf("abnormal") + "abnormal".length())
                .isEqualTo(lines.get(3).indexOf("-5.00%") + "-5.00%".length());
    }

    @Test
    void shouldSummarizeByStatusSymbolsAndHeadlines() {
        ReactionTable table = new ReactionTable(List.of(
                Reactions.forSymbol("NVDA").headline("a").abnormal30m(0.01).build(),
                Reactions.forSymbol("AMD").headline("a").build(),
                Reactions.forSymbol("NVDA").headline("b").abnormal30m(0.01)
                        .status(ReactionStatus.PROVISIONAL).build()));

        assertThat(table.summary()).isEqualTo(
                "3 reactions (1 PROVISIONAL, 1 FINAL, 1 NO_REFERENCE) for 2 symbols (AMD NVDA) and 2 headlines");
        assertThat(table.render()).startsWith(table.summary())
                .contains("Largest |abnormal return| at PT30M", "Largest |abnormal return| at PT6H30M");
    }
}
