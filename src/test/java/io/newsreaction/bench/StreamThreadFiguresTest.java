package io.newsreaction.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamThreadFiguresTest {

    @Test
    void shouldSubtractTotalsAndKeepTheLaterWindowedValues() {
        StreamThreadFigures warm = new StreamThreadFigures(2.0, 0.9, 0.05, 0.05, 30, 40.0, 600, 150, 60,
                Map.of("legs-repartition", 1_000.0, "price-history-store-changelog", 5_000.0),
                Map.of("legs-repartition", 10.0, "price-history-store-changelog", 50.0));
        StreamThreadFigures later = new StreamThreadFigures(5.0, 0.4, 0.3, 0.3, 430, 25.0, 8_600, 2_150, 860,
                Map.of("legs-repartition", 3_000.0, "price-history-store-changelog", 5_000.0, "reactions", 700.0),
                Map.of("legs-repartition", 30.0, "price-history-store-changelog", 50.0, "reactions", 7.0));

        StreamThreadFigures live = later.since(warm);

        assertThat(live.cpuSeconds()).isCloseTo(3.0, within(1e-9));
        assertThat(live.commits()).isEqualTo(400);
        assertThat(live.describeCommit()).isEqualTo("per commit: producer flush 20.0, send offsets 5.0, end transaction 2.0 ms");
        assertThat(live.commitRatio()).as("windowed: the later snapshot's").isEqualTo(0.3);
        assertThat(live.commitLatencyMs()).isEqualTo(25.0);
        assertThat(live.bytesSentByTopic()).containsEntry("legs-repartition", 2_000.0)
                .containsEntry("price-history-store-changelog", 0.0).containsEntry("reactions", 700.0);
        assertThat(live.recordsSentByTopic()).containsEntry("legs-repartition", 20.0).containsEntry("reactions", 7.0);
    }

    @Test
    void shouldCountOnlyRepartitionAndChangelogTopicsAsInternal() {
        StreamThreadFigures figures = new StreamThreadFigures(1, 0, 0, 0, 1, 1, 0, 0, 0,
                Map.of("legs-repartition", 3_000.0, "leg-store-changelog", 2_000.0, "bench.reactions", 700.0),
                Map.of("legs-repartition", 30.0, "leg-store-changelog", 20.0, "bench.reactions", 7.0));

        assertThat(figures.internalBytesSent()).isEqualTo(5_000.0);
        assertThat(figures.internalRecordsSent()).isEqualTo(50.0);
    }
}
