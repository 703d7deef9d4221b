package io.newsreaction.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IngestSummaryTest {

    @Test
    void shouldPrintCountsTimeAndRate() {
        IngestSummary summary = new IngestSummary(1560, 2, "market.ticks", Duration.ofMillis(400), Duration.ofMillis(1250));

        assertThat(summary.rate()).isEqualTo(3900.0);
        assertThat(summary.line()).isEqualTo(
                "published 1560 records to market.ticks in one transaction (3900 records/s; 0.40 s, 1.25 s in all), 2 rejected");
    }

    @Test
    void shouldReportZeroRateWhenNothingWasPublished() {
        assertThat(new IngestSummary(0, 3, "t", Duration.ZERO, Duration.ZERO).rate()).isZero();
    }
}
