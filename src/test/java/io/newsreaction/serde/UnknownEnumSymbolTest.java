package io.newsreaction.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.HeadlineKind;
import io.newsreaction.avro.TimePrecision;
import io.newsreaction.fixtures.InMemorySchemaRegistryClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

/** A writer with enum symbols this service does not know yet: they read as the enum's default. */
class UnknownEnumSymbolTest {

    /** Headline with {@code RUMOR} added to {@code HeadlineKind} and {@code HOUR} to {@code TimePrecision}. */
    static final Schema HEADLINE_WITH_NEW_SYMBOLS = new Schema.Parser().parse(Headline.getClassSchema().toString()
            .replace("\"OTHER\"]", "\"OTHER\",\"RUMOR\"]")
            .replace("\"DAY\"]", "\"DAY\",\"HOUR\"]"));

    @Test
    void shouldReadUnknownEnumSymbolsAsTheEnumDefault() {
        InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
        registry.preRegister("h-value", Headline.getClassSchema());
        GenericRecord newer = new GenericData.Record(HEADLINE_WITH_NEW_SYMBOLS);
        newer.put("id", "h1");
        newer.put("publishedAt", Instant.parse("2025-01-27T14:30:00Z").toEpochMilli());
        newer.put("timePrecision", new GenericData.EnumSymbol(HEADLINE_WITH_NEW_SYMBOLS.getField("timePrecision").schema(), "HOUR"));
        newer.put("source", "wire");
        newer.put("kind", new GenericData.EnumSymbol(HEADLINE_WITH_NEW_SYMBOLS.getField("kind").schema(), "RUMOR"));
        newer.put("title", "a rumour");
        newer.put("tickers", List.of("NVDA"));
        newer.put("entities", List.of());

        byte[] payload = new AvroSerializer<GenericRecord>(registry, Map.of(), false).serialize("h", newer);
        Headline read = new AvroDeserializer<>(registry, Headline.class).deserialize("h", payload);

        assertThat(HEADLINE_WITH_NEW_SYMBOLS.getField("kind").schema().getEnumSymbols()).contains("RUMOR");
        assertThat(read.getKind()).isEqualTo(HeadlineKind.OTHER);
        assertThat(read.getTimePrecision()).isEqualTo(TimePrecision.SECOND);
        assertThat(read.getTitle()).isEqualTo("a rumour");
    }
}
