package io.newsreaction.tail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsreaction.avro.Headline;
import io.newsreaction.avro.Tick;
import io.newsreaction.fixtures.Headlines;
import java.time.Instant;
import java.util.List;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

class TailFormatterTest {
    private static final Instant T0 = Instant.parse("2025-01-27T14:30:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A tick as {@code tail} decodes it: a generic record with epoch-millis {@code ts}. */
    private static GenericRecord genericTick(String venue) {
        GenericRecord tick = new GenericData.Record(Tick.getClassSchema());
        tick.put("symbol", "NVDA");
        tick.put("ts", T0.toEpochMilli());
        tick.put("price", 142.62);
        tick.put("size", 300L);
        tick.put("venue", venue);
        return tick;
    }

    private static TailedRecord record(Object key, Object value) {
        return new TailedRecord("ticks-1", 2, 41, T0.toEpochMilli(), key, value);
    }

    @Test
    void shouldPrintExactKeysIsoTimestampAndUnwrappedUnion() throws Exception {
        JsonNode line = JSON.readTree(TailFormatter.json(record("NVDA", genericTick("XNAS"))));

        assertThat(line.fieldNames()).toIterable().containsExactly("topic", "partition", "offset", "timestamp", "key", "value");
        assertThat(line.get("topic").asText()).isEqualTo("ticks-1");
        assertThat(line.get("partition").asInt()).isEqualTo(2);
        assertThat(line.get("offset").asLong()).isEqualTo(41);
        assertThat(line.get("timestamp").asText()).isEqualTo("2025-01-27T14:30:00Z");
        assertThat(line.get("key").asText()).isEqualTo("NVDA");
        assertThat(line.get("value").get("ts").asText()).isEqualTo("2025-01-27T14:30:00Z");
        assertThat(line.get("value").get("venue").asText()).isEqualTo("XNAS");
        assertThat(line.get("value").get("price").asDouble()).isEqualTo(142.62);
    }

    @Test
    void shouldRenderEnumsAsStringsAndNullsAsNull() throws Exception {
        Headline headline = Headlines.id("h1").at(T0).tickers("NVDA").build();

        JsonNode line = JSON.readTree(TailFormatter.json(record(null, headline)));

        assertThat(line.get("key").isNull()).isTrue();
        assertThat(line.get("value").get("timePrecision").asText()).isEqualTo("SECOND");
        assertThat(line.get("value").get("kind").asText()).isEqualTo("MEDIA");
        assertThat(line.get("value").get("actor").isNull()).isTrue();
        assertThat(JSON.readTree(TailFormatter.json(record("k", null))).get("value").isNull()).isTrue();
    }

    @Test
    void shouldPrintATableRowWithValueFields() {
        TailFormatter table = new TailFormatter(TailFormat.TABLE);

        assertThat(table.header()).singleElement().asString().startsWith("PART").contains("OFFSET", "TIMESTAMP", "KEY", "VALUE");
        assertThat(table.line(record("NVDA", genericTick(null)))).isEqualTo(
                "2    41        2025-01-27T14:30:00Z     NVDA               "
                        + "symbol=NVDA ts=2025-01-27T14:30:00Z price=142.62 size=300 venue=null");
    }

    @Test
    void shouldCutLongTableValues() {
        String line = new TailFormatter(TailFormat.TABLE).line(record("k", "x".repeat(500)));

        assertThat(line).endsWith("…");
        assertThat(line.length()).isLessThan(TailFormatter.VALUE_WIDTH + 60);
    }

    @Test
    void shouldPrintNoHeaderForJson() {
        assertThat(new TailFormatter(TailFormat.JSON).header()).isEqualTo(List.of());
    }

    @Test
    void shouldParseFormatNamesInAnyCase() {
        assertThat(TailFormat.parse("Table")).isEqualTo(TailFormat.TABLE);
        assertThat(TailFormat.parse("json")).isEqualTo(TailFormat.JSON);
    }
}
