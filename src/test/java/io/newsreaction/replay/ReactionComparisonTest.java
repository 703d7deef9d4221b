package io.newsreaction.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.fixtures.Reactions;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReactionComparisonTest {

    private static MarketReaction nvda(String headline, double abnormal) {
        return Reactions.forSymbol("NVDA").headline(headline).abnormal30m(abnormal).build();
    }

    @Test
    void shouldCountByteEqualRecordsAsIdentical() {
        ReactionComparison.Result result = ReactionComparison.compare(
                List.of(nvda("h-1", -0.05), nvda("h-2", 0.01)), List.of(nvda("h-2", 0.01), nvda("h-1", -0.05)));

        assertThat(result.allIdentical()).isTrue();
        assertThat(result.summary()).isEqualTo("2 identical, 0 different, 0 only in live, 0 only in replay");
    }

    @Test
    void shouldReportKeysOnOneSideOnly() {
        MarketReaction msft = Reactions.forSymbol("MSFT").headline("h-1").abnormal30m(0.0).build();
        ReactionComparison.Result result = ReactionComparison.compare(List.of(nvda("h-1", 0.0), msft),
                List.of(nvda("h-1", 0.0), nvda("h-3", 0.0)));

        assertThat(result.summary()).isEqualTo("1 identical, 0 different, 1 only in live, 1 only in replay");
        assertThat(result.onlyLive()).containsExactly(msft);
        assertThat(result.render(5)).contains("only in live: h-1 / MSFT").contains("only in replay: h-3 / NVDA");
        assertThat(result.allIdentical()).isFalse();
    }

    @Test
    void shouldDiffTopLevelFieldsAndHorizonsFieldByField() {
        MarketReaction live = nvda("h-1", -0.05);
        MarketReaction replay = Reactions.forSymbol("NVDA").headline("h-1").abnormal30m(-0.05)
                .status(ReactionStatus.PROVISIONAL).build();
        replay.getHorizons().get(0).setPrice(118.51);

        ReactionComparison.Result result = ReactionComparison.compare(List.of(live), List.of(replay));

        assertThat(result.summary()).isEqualTo("0 identical, 1 different, 0 only in live, 0 only in replay");
        assertThat(result.different().get(0).fields()).extracting(ReactionDiff.FieldDifference::field)
                .containsExactly("status", "horizons[0].price");
        assertThat(result.render(5)).contains("status: live \"FINAL\", replay \"PROVISIONAL\"")
                .contains("horizons[0].price: live ").contains("replay 118.51");
    }

    @Test
    void shouldReportAMissingHorizonAsAbsent() {
        MarketReaction live = Reactions.forSymbol("NVDA").abnormal30m(0.01).abnormalSession(0.02).build();
        MarketReaction replay = Reactions.forSymbol("NVDA").abnormal30m(0.01).build();

        List<ReactionDiff.FieldDifference> fields = ReactionDiff.between(live, replay);

        assertThat(fields).extracting(ReactionDiff.FieldDifference::field).containsExactly("revision", "horizons[1]");
        assertThat(fields.get(1).replay()).isEqualTo("absent");
    }

    @Test
    void shouldEncodeEqualValuesToEqualBytes() {
        assertThat(ReactionComparison.encode(nvda("h-1", 0.5))).isEqualTo(ReactionComparison.encode(nvda("h-1", 0.5)))
                .isNotEqualTo(ReactionComparison.encode(nvda("h-1", 0.25)));
    }
}
