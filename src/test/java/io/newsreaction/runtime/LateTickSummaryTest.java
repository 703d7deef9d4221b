package io.newsreaction.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.newsreaction.fixtures.CapturedLogs;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LateTickSummaryTest {
    private final AtomicLong late = new AtomicLong();
    private final AtomicReference<String> last = new AtomicReference<>();
    private final LateTickSummary summary = new LateTickSummary(late::get, last::get);

    @Test
    void shouldLogOneWarningPerPeriodWithNewLateTicksAndStaySilentOtherwise() {
        try (CapturedLogs logs = CapturedLogs.capture(Level.INFO, ReactionApp.class.getName())) {
            summary.report();
            drop(3, "market.ticks-1@41");
            summary.report();
            summary.report();
            drop(2, "market.ticks-0@7");
            summary.report();

            assertThat(logs.events()).extracting(ILoggingEvent::getLevel).containsOnly(Level.WARN);
            assertThat(logs.events()).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                    "3 late ticks dropped so far (3 since last summary), most recent at market.ticks-1@41",
                    "5 late ticks dropped so far (2 since last summary), most recent at market.ticks-0@7");
        }
    }

    private void drop(int ticks, String at) {
        late.addAndGet(ticks);
        last.set(at);
    }
}
