package io.newsreaction.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
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
    void shouldCountRecordsSentOnAPlainLineEveryFiveSecondsWithTheRateAndTheEta() {
        StringWriter text = new StringWriter();
        long[] nanos = {0};
        ProgressLine line = new ProgressLine(new PrintWriter(text), false, () -> nanos[0]);
        LongConsumer sent = line.counting("publish", 8_266, "records");

        sent.accept(1_000);
        nanos[0] = Duration.ofSeconds(5).toNanos();
        sent.accept(4_133);
        nanos[0] = Duration.ofSeconds(6).toNanos();
        sent.accept(5_000);
        line.done("published 8,068 ticks and 198 headlines in one transaction in 6.0 s");

        assertThat(text.toString()).isEqualTo("  publish: 4,133 of 8,266 records (50%), 827/s, ETA 5 s" + System.lineSeparator()
                + "  published 8,068 ticks and 198 headlines in one transaction in 6.0 s" + System.lineSeparator());
    }

    @Test
    void shouldBuildTheTextOnlyWhenALineIsDue() {
        long[] nanos = {0};
        ProgressLine line = new ProgressLine(new PrintWriter(new StringWriter()), false, () -> nanos[0]);
        AtomicInteger built = new AtomicInteger();

        line.update(() -> "not due " + built.incrementAndGet());
        nanos[0] = ProgressLine.PLAIN_EVERY.toNanos();
        line.update(() -> "due " + built.incrementAndGet());

        assertThat(built.get()).isEqualTo(1);
    }

    @Test
    void shouldCountWithARateAndAnEtaFromTheFirstSecondUntilAllIsDone() {
        long[] nanos = {0};
        ProgressLine line = new ProgressLine(new PrintWriter(new StringWriter()), false, () -> nanos[0]);

        assertThat(line.counter(0, 8_266, "input records")).isEqualTo("0 of 8,266 input records (0%), 0/s, ETA ?");
        nanos[0] = Duration.ofMillis(500).toNanos();
        assertThat(line.counter(10, 8_266, "records")).isEqualTo("10 of 8,266 records (0%), 20/s, ETA ?");
        nanos[0] = Duration.ofSeconds(2).toNanos();
        assertThat(line.counter(4_133, 8_266, "rows")).isEqualTo("4,133 of 8,266 rows (50%), 2,067/s, ETA 2 s");
        assertThat(line.counter(8_266, 8_266, "input records")).isEqualTo("8,266 of 8,266 input records (100%), 4,133/s");
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
