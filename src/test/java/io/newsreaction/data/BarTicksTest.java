package io.newsreaction.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsreaction.avro.Tick;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarTicksTest {

    private static final Instant T = Instant.parse("2025-01-24T20:55:00Z");

    private static String describe(Tick t) {
        return t.getTs() + " " + t.getPrice() + " x" + t.getSize();
    }

    @Test
    void shouldVisitLowBeforeHighOnAnUpBarWithVolumeRemainderOnClose() {
        List<Tick> ticks = BarTicks.DEFAULT.ticks("NVDA",
                new Bar(T.toEpochMilli(), 142.40, 142.83, 142.40, 142.605, 265_889.4));
        assertThat(ticks).extracting(BarTicksTest::describe).containsExactly(
                "2025-01-24T20:55:00Z 142.4 x66472",
                "2025-01-24T20:56:40Z 142.4 x66472",
                "2025-01-24T20:58:20Z 142.83 x66472",
                "2025-01-24T20:59:59Z 142.605 x66473");
        assertThat(ticks).allSatisfy(t -> assertThat(t.getSymbol()).isEqualTo("NVDA"));
        assertThat(ticks).extracting(Tick::getSize).containsExactly(66_472L, 66_472L, 66_472L, 66_473L);
    }

    @Test
    void shouldVisitHighBeforeLowOnADownBarAndRoundVolume() {
        List<Tick> ticks = BarTicks.DEFAULT.ticks("QQQ", new Bar(T.toEpochMilli(), 10, 12, 9, 9.5, 10.5));
        assertThat(ticks).extracting(BarTicksTest::describe).containsExactly(
                "2025-01-24T20:55:00Z 10.0 x2",
                "2025-01-24T20:56:40Z 12.0 x2",
                "2025-01-24T20:58:20Z 9.0 x2",
                "2025-01-24T20:59:59Z 9.5 x5");
    }

    @Test
    void shouldScaleOffsetsWithBarLength() {
        List<Tick> ticks = new BarTicks(Duration.ofMinutes(1)).ticks("X", new Bar(0, 1, 1, 1, 1, 3));
        assertThat(ticks).extracting(t -> t.getTs().toEpochMilli()).containsExactly(0L, 20_000L, 40_000L, 59_000L);
        assertThat(ticks).extracting(Tick::getSize).containsExactly(0L, 0L, 0L, 3L);
    }

    @Test
    void shouldRejectInconsistentBars() {
        assertThatThrownBy(() -> new Bar(0, 10, 9, 8, 9.5, 1)).hasMessageContaining("inconsistent bar");
        assertThatThrownBy(() -> new Bar(0, 10, 11, 9, 10, -1)).hasMessageContaining("volume");
        assertThatThrownBy(() -> new BarTicks(Duration.ofSeconds(30))).hasMessageContaining("bar length");
    }
}
