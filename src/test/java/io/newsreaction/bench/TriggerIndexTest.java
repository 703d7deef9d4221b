package io.newsreaction.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TriggerIndexTest {

    @Test
    void shouldFindTheFirstTickWhosePartitionTickTimeReachesTheDueTime() {
        TriggerIndex index = new TriggerIndex(2);
        index.add(0, 100, 1_000);
        index.add(0, 90, 1_001);
        index.add(0, 150, 1_002);
        index.add(0, 140, 1_003);
        index.add(0, 200, 1_004);

        assertThat(index.triggerAppendTime(0, 95)).isEqualTo(1_000);
        assertThat(index.triggerAppendTime(0, 100)).isEqualTo(1_000);
        assertThat(index.triggerAppendTime(0, 101)).isEqualTo(1_002);
        assertThat(index.triggerAppendTime(0, 145)).isEqualTo(1_002);
        assertThat(index.triggerAppendTime(0, 160)).isEqualTo(1_004);
        assertThat(index.triggerAppendTime(0, 201)).isEqualTo(-1);
        assertThat(index.triggerAppendTime(1, 0)).isEqualTo(-1);
    }

    @Test
    void shouldGrowPastItsInitialCapacity() {
        TriggerIndex index = new TriggerIndex(1);
        for (int i = 0; i < 5_000; i++) {
            index.add(0, i * 10L, i);
        }
        assertThat(index.triggerAppendTime(0, 40_005)).isEqualTo(4_001);
    }

    @Test
    void shouldTakeNearestRankPercentiles() {
        long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        assertThat(LatencyPhase.percentile(sorted, 0.5)).isEqualTo(5);
        assertThat(LatencyPhase.percentile(sorted, 0.99)).isEqualTo(10);
        assertThat(LatencyPhase.percentile(new long[0], 0.5)).isNaN();
    }
}
