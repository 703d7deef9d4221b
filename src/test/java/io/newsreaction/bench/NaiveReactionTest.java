package io.newsreaction.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class NaiveReactionTest {
    private static final long T0 = 1_738_593_000_000L;

    @Test
    void shouldTakeReferenceBeforeAndHorizonPricesAfterPublication() {
        NaiveReaction r = new NaiveReaction()
                .add(new NaiveObservation("h1", T0, T0 - 5_000, 100.0, 10))
                .add(new NaiveObservation("h1", T0, T0 + 30_000, 101.0, 20))
                .add(new NaiveObservation("h1", T0, T0 + 120_000, 102.0, 30));

        assertThat(r.describe()).startsWith("h1 ref=100.0 PT1M=" + String.format(java.util.Locale.ROOT, "%.6f", Math.log(1.01)))
                .contains("PT5M=" + String.format(java.util.Locale.ROOT, "%.6f", Math.log(1.02)))
                .endsWith("volume=50 ticks=2");
    }

    @Test
    void shouldRoundTripThroughItsSerdes() {
        Serde<NaiveReaction> serde = NaiveReaction.serde();
        NaiveReaction r = new NaiveReaction().add(new NaiveObservation("h2", T0, T0 - 1, 50.0, 1))
                .add(new NaiveObservation("h2", T0, T0 + 1, 51.0, 2));
        Serde<NaiveObservation> observations = NaiveObservation.serde();
        NaiveObservation o = new NaiveObservation("h3", T0, T0 + 5, 9.5, 7);

        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", r)).describe()).isEqualTo(r.describe());
        assertThat(observations.deserializer().deserialize("t", observations.serializer().serialize("t", o))).isEqualTo(o);
    }
}
