package io.newsreaction.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsreaction.fixtures.FakeCalendar;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigValidationTest {

    private static final ConfigLoader LOADER = new ConfigLoader(FakeCalendar.FACTORY);

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "reaction.grace|abc|not an ISO-8601 duration",
        "reaction.grace|-PT1S|must not be negative",
        "reaction.pre-event|PT0S|must be positive",
        "reaction.estimation.interval|5m|not an ISO-8601 duration",
        "reaction.estimation.interval|P999999999D|too long",
        "reaction.estimation.interval|PT9223372036854775807S|too long",
        "reaction.grace|P999999999999D|too long",
        "reaction.pre-event|P999999999999D|too long",
        "reaction.pre-event|PT9223372036854775S|too long",
        "reaction.reference-max-age|P999999999999D|too long",
        "reaction.horizons|PT1M,P999999999999D|too long",
        "reaction.history-retention|P999999999999D|too long",
        "reaction.max-future-skew|P999999999999D|too long",
        "registry.startup.backoff|P999999999999D|too long",
        "reaction.estimation.length|99999999999|not an integer",
        "reaction.estimation.length|many|not an integer",
        "reaction.estimation.length|0|must be at least 1",
        "reaction.estimation.min-observations|2|must be at least 3",
        "reaction.estimation.min-observations|400|must not exceed reaction.estimation.length",
        "reaction.reference-max-age|forever|not an ISO-8601 duration",
        "reaction.history-retention|P1D|must be at least",
        "reaction.query-retention|PT6H|must be at least PT120H1M to cover the longest horizon and grace",
        "reaction.query-retention|-P1D|must be positive",
        "reaction.query-retention|P999999999999D|too long",
        "reaction.horizons|PT5M,PT1M|strictly increasing",
        "reaction.horizons|PT1M,soon|not an ISO-8601 duration: soon",
        "reaction.horizons|PT0S|horizon must be positive",
        "reaction.calendar|LSE|unknown calendar",
        "reaction.calendar.holidays|2025-13-01|not an ISO date",
        "reaction.universe|NVDA,BAD SYMBOL|not a symbol",
        "reaction.default-benchmark|S P Y|not a symbol",
        "reaction.benchmark.NVDA|Q Q Q|not a symbol",
        "routing.entity.DeepSeek|,|at least one symbol",
        "topics.partitions|0|must be at least 1",
        "topics.partitions|three|not an integer",
        "topics.auto-create|yes|not a boolean",
        "topics.ticks.partitioner|consistent_random|unknown partitioner (murmur2 or crc32)",
        "reaction.max-future-skew|-PT1S|must not be negative",
        "reaction.max-future-skew|5m|not an ISO-8601 duration",
        "topics.headlines|news headlines|not a legal Kafka name",
        "application.id|app/1|not a legal Kafka name",
        "http.port|70000|not a TCP port",
        "http.port|http|not an integer",
        "registry.startup.max-attempts|0|must be at least 1",
        "registry.startup.backoff|-PT1S|must not be negative",
        "schema.registry.url|registry:8081|not an http(s) URL",
        "auto.register.schemas|maybe|not a boolean",
        "basic.auth.credentials.source|KERBEROS|expected one of",
    })
    void shouldNameKeyAndValueOfEveryBadValue(String key, String value, String reason) {
        assertThatThrownBy(() -> LOADER.load(new ConfigSources(Map.of(), Optional.empty(), Map.of(), Map.of(key, value))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(key + "=" + value + ": ")
                .hasMessageContaining(reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "NEWS_REACTION_REACTION_GRACE|abc|reaction.grace=abc: not an ISO-8601 duration",
        "NEWS_REACTION_TOPICS_AUTO_CREATE|nope|topics.auto-create=nope: not a boolean",
    })
    void shouldNameTheKeyOfBadEnvironmentValues(String name, String value, String message) {
        assertThatThrownBy(() -> LOADER.load(new ConfigSources(Map.of(), Optional.empty(), Map.of(name, value), Map.of())))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith(message);
    }
}
