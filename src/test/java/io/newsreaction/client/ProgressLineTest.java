package io.newsreaction.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The progress display: one line rewritten in place on a terminal, nothing early and plain lines otherwise; the drain loop. */
class ProgressLineTest {

    @Test
    void shouldRewriteOneLineInPlaceOnATerminalAndEndItWithANewline() {
        StringWriter text = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(text), true);

        String first = "drain: 10 of 100 input records";
        line.update(first);
        line.done("drained");

        assertThat(text.toString()).isEqualTo("\r" + first + "\rdrained" + " ".repeat(first.length() - "drained".length())
                + System.lineSeparator());
    }

    @Test
    void shouldPrintNoPlainLineForWorkShorterThanTheInterval() {
        StringWriter text = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(text), false);

        line.update("publish: 1 of 2 rows");
        line.clear();

        assertThat(text.toString()).isEmpty();
        line.done("done");
        assertThat(text.toString()).isEqualTo("  done" + System.lineSeparator());
    }

    @Test
    void shouldCountWithARateAndAnEtaUntilAllIsDone() {
        ProgressLine line = new ProgressLine(new PrintWriter(new StringWriter()), false);

        assertThat(line.counter(0, 8_266, "input records")).startsWith("0 of 8,266 input records (0%), 0/s, ETA ?");
        assertThat(line.counter(8_266, 8_266, "input records")).startsWith("8,266 of 8,266 input records (100%), ").doesNotContain("ETA");
        assertThat(line.counter(4_133, 8_266, "rows")).contains("(50%)").contains(", ETA ");
    }

    @Test
    void shouldDrainOnceTheLagIsZeroAndTheCountersStandStillForTheQuietPeriod() throws Exception {
        long[] lags = {5, 3, 0, 0, 0, 0, 0, 0};
        AtomicInteger polls = new AtomicInteger();
        DrainLoop.Outcome outcome = new DrainLoop(Duration.ofMillis(5), Duration.ofMillis(20)).await("test app",
                () -> lags[Math.min(polls.get(), lags.length - 1)], () -> false, () -> 42, Duration.ofSeconds(5),
                seen -> polls.incrementAndGet());

        assertThat(outcome.drained()).isTrue();
        assertThat(polls.get()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void shouldGiveUpAfterTheTimeout() throws Exception {
        DrainLoop.Outcome outcome = new DrainLoop(Duration.ofMillis(5), Duration.ofMillis(20)).await("test app",
                () -> 7, () -> false, () -> 1, Duration.ofMillis(100), seen -> { });

        assertThat(outcome.drained()).isFalse();
    }
}
