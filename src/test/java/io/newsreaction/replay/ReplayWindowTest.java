package io.newsreaction.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsreaction.fixtures.Reactions;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplayWindowTest {
    private static final Instant FROM = Instant.parse("2025-01-27T14:30:00Z");
    private static final Instant TO = Instant.parse("2025-01-27T21:00:00Z");

    @Test
    void shouldBeHalfOpen() {
        ReplayWindow window = new ReplayWindow(FROM, TO, Set.of());
        assertThat(window.contains(FROM)).isTrue();
        assertThat(window.contains(TO.minusMillis(1))).isTrue();
        assertThat(window.contains(TO)).isFalse();
        assertThat(window.contains(FROM.minusMillis(1))).isFalse();
    }

    @Test
    void shouldKeepOnlyTheGivenSymbolsIgnoringCase() {
        ReplayWindow window = new ReplayWindow(FROM, TO, Set.of("nvda", " MSFT "));
        assertThat(window.symbols()).containsExactly("MSFT", "NVDA");
        assertThat(window.covers(Reactions.forSymbol("NVDA").publishedAt(FROM).build())).isTrue();
        assertThat(window.covers(Reactions.forSymbol("AMD").publishedAt(FROM).build())).isFalse();
        assertThat(window.covers(Reactions.forSymbol("NVDA").publishedAt(TO).build())).isFalse();
        assertThat(window.describe()).endsWith("symbols MSFT,NVDA");
    }

    @Test
    void shouldRejectAnEmptyWindow() {
        assertThatThrownBy(() -> new ReplayWindow(TO, FROM, Set.of()))
                .hasMessage("--from must be before --to: 2025-01-27T21:00:00Z .. 2025-01-27T14:30:00Z");
    }

    @Test
    void shouldNameEverythingAfterTheLiveAppAndTheStartSecond() {
        ReplayNames names = ReplayNames.of("news-reaction", Instant.parse("2025-03-01T08:09:10.999Z"), null);
        assertThat(names.applicationId()).isEqualTo("news-reaction-replay-20250301080910");
        assertThat(names.ticksTopic()).isEqualTo("news-reaction-replay-20250301080910-ticks");
        assertThat(names.headlinesTopic()).isEqualTo("news-reaction-replay-20250301080910-headlines");
        assertThat(names.outputTopic()).isEqualTo("market.reactions.replay.20250301080910");
        assertThat(names.drainedTopics()).contains("news-reaction-replay-20250301080910-leg-requests-repartition",
                "news-reaction-replay-20250301080910-legs-repartition");
        assertThat(ReplayNames.of("app", Instant.EPOCH, "mine").outputTopic()).isEqualTo("mine");
    }
}
