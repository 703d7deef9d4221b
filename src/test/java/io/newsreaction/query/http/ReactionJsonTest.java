package io.newsreaction.query.http;

import static io.newsreaction.fixtures.Reactions.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.fixtures.ReactionRecords;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReactionJsonTest {

    @Test
    void shouldReadBackWhatItWrites() {
        List<MarketReaction> reactions = List.of(
                ReactionRecords.of("h1", "NVDA").at(T0).revision(6).status(ReactionStatus.FINAL).actor("Marc Andreessen").build(),
                ReactionRecords.of("h2", "AMD").at(T0.plusMillis(1)).status(ReactionStatus.NO_REFERENCE).build());

        assertThat(ReactionJson.read(ReactionJson.write(reactions))).isEqualTo(reactions);
    }

    @Test
    void shouldWriteAnEmptyArray() {
        assertThat(new String(ReactionJson.write(List.of()), StandardCharsets.UTF_8)).isEqualTo("[]");
    }

    @Test
    void shouldReadNonFiniteNumbersWrittenAsStrings() {
        MarketReaction reaction = ReactionRecords.of("h1", "NVDA").build();
        reaction.setRunUp(Double.NaN);

        assertThat(ReactionJson.read(ReactionJson.write(List.of(reaction))).get(0).getRunUp()).isNaN();
    }

    @Test
    void shouldRejectJsonThatIsNotAReactionArray() {
        assertThatThrownBy(() -> ReactionJson.read("{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReactionJson.read("[{\"headlineId\":\"h1\"}]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MarketReaction.symbol");
        assertThatThrownBy(() -> ReactionJson.read("[".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
