package io.newsreaction.query.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    @Test
    void shouldDecodeValuesAndAcceptOffsets() {
        QueryParameters params = QueryParameters.parse("symbol=BRK%2EB&from=2025-01-27T09%3A30%3A00-05%3A00&local");

        assertThat(params.required("symbol")).isEqualTo("BRK.B");
        assertThat(params.instant("from")).isEqualTo(Instant.parse("2025-01-27T14:30:00Z"));
        assertThat(params.flag("local")).isTrue();
        assertThat(params.flag("absent")).isFalse();
    }

    @Test
    void shouldNameTheParameterOfABadEscape() {
        assertThatThrownBy(() -> QueryParameters.parse("symbol=%zz"))
                .isInstanceOf(BadParameterException.class)
                .extracting(e -> ((BadParameterException) e).parameter()).isEqualTo("symbol");
        assertThatThrownBy(() -> QueryParameters.decodePathSegment("bad%zz", "headlineId"))
                .isInstanceOf(BadParameterException.class)
                .extracting(e -> ((BadParameterException) e).parameter()).isEqualTo("headlineId");
    }

    @Test
    void shouldKeepPlusInPathSegments() {
        assertThat(QueryParameters.decodePathSegment("a+b%20c", "headlineId")).isEqualTo("a+b c");
    }
}
