package io.newsreaction.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.topology.ReactionMetrics;
import org.junit.jupiter.api.Test;

class ReactionMetersTest {

    @Test
    void shouldExposeTheAppCountersInPrometheusText() {
        try (ReactionMeters meters = new ReactionMeters(null, new ReactionMetrics(), new ExternalCounters(() -> 7, () -> 2, () -> 3))) {
            String text = meters.scrape();

            assertThat(text)
                    .contains("news_reaction_reactions_emitted_total{status=\"PROVISIONAL\"} 0.0")
                    .contains("news_reaction_reactions_emitted_total{status=\"FINAL\"} 0.0")
                    .contains("news_reaction_reactions_emitted_total{status=\"NO_REFERENCE\"} 0.0")
                    .contains("news_reaction_late_ticks_dropped_total 0.0")
                    .contains("news_reaction_headlines_routed_total 0.0")
                    .contains("news_reaction_headlines_unrouted_total 0.0")
                    .contains("news_reaction_legs_computed_total 0.0")
                    .contains("news_reaction_headlines_retracted_total 0.0")
                    .contains("news_reaction_legs_retracted_total 0.0")
                    .contains("news_reaction_registry_requests_total 7.0")
                    .contains("news_reaction_registry_errors_total 2.0")
                    .contains("news_reaction_dlq_records_total 3.0");
        }
    }
}
