package io.newsreaction.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.fixtures.Reactions;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReactionHistoryTableTest {

    @Test
    void shouldPrintOneRowPerReactionInTheGivenOrderWithTheLatestHorizon() {
        String table = ReactionHistoryTable.render(List.of(
                Reactions.forSymbol("NVDA").headline("h-1").publishedAt("2025-01-27T14:30:00Z").abnormal30m(-0.05).build(),
                Reactions.forSymbol("NVDA").headline("h-2").publishedAt("2025-01-27T15:00:00Z").abnormal30m(-0.01)
                        .abnormalSession(-0.1).status(ReactionStatus.PROVISIONAL).build()));

        List<String> lines = table.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("published (UTC)").contains("headline").contains("abnormal");
        assertThat(lines.get(2)).startsWith("2025-01-27 14:30").contains("h-1").contains("FINAL").contains("PT30M")
                .contains("-5.00%");
        assertThat(lines.get(3)).contains("h-2").contains("PROVISIONAL").contains("PT6H30M").contains("-10.00%");
    }

    @Test
    void shouldSaySoWhenThereAreNoReactions() {
        assertThat(ReactionHistoryTable.render(List.of())).isEqualTo("no reactions\n");
    }
}
