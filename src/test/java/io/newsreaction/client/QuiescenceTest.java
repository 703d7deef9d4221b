package io.newsreaction.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class QuiescenceTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void shouldSettleOnlyAfterZeroLagAndStillCountersForTheQuietPeriod() {
        Quiescence quiescence = new Quiescence(Duration.ofSeconds(1));

        assertThat(quiescence.observe(0, 7, 0)).isFalse();
        assertThat(quiescence.observe(0, 7, SECOND / 2)).isFalse();
        assertThat(quiescence.observe(0, 8, SECOND)).isFalse();
        assertThat(quiescence.observe(0, 8, 2 * SECOND - 1)).isFalse();
        assertThat(quiescence.observe(0, 8, 2 * SECOND)).isTrue();
        assertThat(quiescence.changedAtNanos()).isEqualTo(SECOND);
    }

    @Test
    void shouldNeverSettleWhileThereIsLag() {
        Quiescence quiescence = new Quiescence(Duration.ZERO);

        assertThat(quiescence.observe(5, 1, 0)).isFalse();
        assertThat(quiescence.observe(5, 1, 10 * SECOND)).isFalse();
        assertThat(quiescence.observe(0, 1, 11 * SECOND)).isFalse();
        assertThat(quiescence.observe(0, 1, 11 * SECOND)).isTrue();
    }

    @Test
    void shouldRejectANegativeQuietPeriod() {
        assertThatThrownBy(() -> new Quiescence(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-1S");
    }
}
