package io.newsreaction.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.Headline;
import io.newsreaction.fixtures.Headlines;
import io.newsreaction.routing.HeadlineRouter;
import io.newsreaction.routing.RoutingSettings;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Test;

class HeadlineSelectorTest {
    private static final Instant FROM = Instant.parse("2025-01-27T14:30:00Z");
    private static final Instant TO = Instant.parse("2025-01-27T21:00:00Z");
    private static final Map<String, Headline> BY_ID = Map.of(
            "in", Headlines.id("in").at(FROM).tickers("NVDA").build(),
            "msft", Headlines.id("msft").at(FROM).tickers("MSFT").build(),
            "out", Headlines.id("out").at(TO).tickers("NVDA").build());
    private static final Deserializer<Headline> VALUES = (topic, data) -> {
        Headline h = BY_ID.get(new String(data, StandardCharsets.UTF_8));
        if (h == null) {
            throw new SerializationException("unknown magic byte");
        }
        return h;
    };

    private static HeadlineSelector selector(Set<String> symbols) {
        RoutingSettings routing = new RoutingSettings(symbols, "SPY", Map.of(), Map.of());
        return new HeadlineSelector(new ReplayWindow(FROM, TO, symbols), new HeadlineRouter(routing), VALUES);
    }

    private static boolean keep(HeadlineSelector selector, String value, Instant timestamp) {
        return selector.keep("news.headlines", value.getBytes(StandardCharsets.UTF_8), timestamp.toEpochMilli());
    }

    @Test
    void shouldKeepHeadlinesPublishedInTheWindowWhateverTheRecordTimestamp() {
        HeadlineSelector all = selector(Set.of());
        assertThat(keep(all, "in", TO.plusSeconds(3600))).isTrue();
        assertThat(keep(all, "msft", FROM)).isTrue();
        assertThat(keep(all, "out", FROM)).isFalse();
    }

    @Test
    void shouldKeepOnlyHeadlinesRoutedToTheReplayedSymbols() {
        HeadlineSelector nvda = selector(Set.of("NVDA"));
        assertThat(keep(nvda, "in", FROM)).isTrue();
        assertThat(keep(nvda, "msft", FROM)).isFalse();
    }

    @Test
    void shouldKeepAnUnreadableRecordByItsTimestampSoTheReplayDeadLettersItToo() {
        HeadlineSelector all = selector(Set.of());
        assertThat(keep(all, "garbage", FROM)).isTrue();
        assertThat(keep(all, "garbage", TO)).isFalse();
    }
}
