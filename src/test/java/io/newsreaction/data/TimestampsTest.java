package io.newsreaction.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2025-01-27T14:30:00Z, 2025-01-27T14:30:00Z, false",
        "2025-01-27 14:30:00+00:00, 2025-01-27T14:30:00Z, false",
        "2025-01-27T09:30:00-05:00, 2025-01-27T14:30:00Z, false",
        "2025-01-27T09:30:00.250-0500, 2025-01-27T14:30:00.250Z, false",
        "2025-01-27T14:30, 2025-01-27T14:30:00Z, false",
        "1737988200000, 2025-01-27T14:30:00Z, false",
        "2025-01-27, 2025-01-27T05:00:00Z, true",
        "2025-07-04, 2025-07-04T04:00:00Z, true",
    })
    void shouldReadSupportedFormats(String text, String expected, boolean dateOnly) {
        Timestamps.Parsed parsed = Timestamps.parse(text);
        assertThat(Instant.ofEpochMilli(parsed.epochMs())).isEqualTo(Instant.parse(expected));
        assertThat(parsed.dateOnly()).isEqualTo(dateOnly);
    }

    @ParameterizedTest
    @CsvSource({"27/01/2025", "2025-01-27T25:00Z", "''", "2025-02-30T15:00:00Z", "2025-02-30 15:00:00", "2025-02-29",
        "2025-04-31T00:00:00Z", "99999999999999999999"})
    void shouldRejectOtherText(String text) {
        assertThatThrownBy(() -> Timestamps.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1741014000|time 1970-01-21T03:36:54Z from '1741014000' is outside 1990-01-01T00:00:00Z .. 2100-01-01T00:00:00Z"
                + " (it looks like epoch seconds: times are epoch milliseconds, 1741014000000 is 2025-03-03T15:00:00Z)",
        "0|time 1970-01-01T00:00:00Z from '0' is outside 1990-01-01T00:00:00Z .. 2100-01-01T00:00:00Z",
        "1900-01-01T00:00:00Z|time 1900-01-01T00:00:00Z from '1900-01-01T00:00:00Z' is outside 1990-01-01T00:00:00Z"
                + " .. 2100-01-01T00:00:00Z"})
    void shouldRejectImplausibleInstantsWithAHintForEpochSeconds(String text, String message) {
        assertThatThrownBy(() -> Timestamps.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }
}
