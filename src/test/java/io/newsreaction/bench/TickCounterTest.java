package io.newsreaction.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.client.ProgressLine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A bench phase's tick count: its own rate and ETA from where the phase starts, plain lines off a terminal. */
class TickCounterTest {

    @Test
    void shouldCountTheTicksOfThisPhaseOnlyWithItsRateAndEta() {
        StringWriter text = new StringWriter();
        long[] nanos = {0};
        ProgressLine line = new ProgressLine(new PrintWriter(text), false, () -> nanos[0]);
        TickCounter read = new TickCounter(line, "app: read", 120_000, 180_000);

        read.show(121_000, ", lag 59,000");
        nanos[0] = Duration.ofSeconds(5).toNanos();
        read.show(130_000, ", lag 50,000");

        assertThat(text.toString()).isEqualTo("  app: read 10,000 of 60,000 ticks (17%), 2,000/s, ETA 25 s, lag 50,000"
                + System.lineSeparator());
    }

    @Test
    void shouldRewriteTheCountInPlaceOnATerminalAndClearItBeforeThePhasePrintsItsResult() {
        StringWriter text = new StringWriter();
        long[] nanos = {0};
        ProgressLine line = new ProgressLine(new PrintWriter(text), true, () -> nanos[0]);
        TickCounter sent = new TickCounter(line, "produce: sent", 0, 1_000);

        sent.accept(0);
        nanos[0] = Duration.ofSeconds(1).toNanos();
        sent.accept(1_000);
        sent.clear();

        String first = "produce: sent 0 of 1,000 ticks (0%), 0/s, ETA ?";
        String last = "produce: sent 1,000 of 1,000 ticks (100%), 1,000/s";
        assertThat(last.length()).isGreaterThan(first.length());
        assertThat(text.toString()).isEqualTo("\r" + first + "\r" + last + "\r" + " ".repeat(last.length()) + "\r");
    }
}
