package io.newsreaction.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dead-letter total across tasks that close and reopen, as after a crash or a rebalance. */
class TaskCounterSumTest {

    @Test
    void shouldNeverDecreaseWhenATaskClosesOrRestartsFromZero() {
        TaskCounterSum sum = new TaskCounterSum();

        assertThat(sum.update(Map.of("0_0", 10L, "1_0", 4L))).isEqualTo(14);
        assertThat(sum.update(Map.of("0_0", 10L))).as("1_0 closed (thread replaced)").isEqualTo(14);
        assertThat(sum.update(Map.of("0_0", 10L, "1_0", 0L))).as("1_0 reopened from 0").isEqualTo(14);
        assertThat(sum.update(Map.of("0_0", 11L, "1_0", 2L))).isEqualTo(17);
        assertThat(sum.update(Map.of("0_0", 3L, "1_0", 2L))).as("0_0 restarted and counted 3 again").isEqualTo(20);
        assertThat(sum.update(Map.of())).isEqualTo(20);
    }
}
