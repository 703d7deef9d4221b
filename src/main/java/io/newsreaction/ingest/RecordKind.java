package io.newsreaction.ingest;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.Tick;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.apache.kafka.common.serialization.Serializer;

/**
 * How records of one input type go to Kafka: their string key, their event time (the record
 * timestamp) and the value serializer.
 *
 * @param key       the record key (symbol, headline id)
 * @param eventTime event time in epoch milliseconds
 * @param values    value serializer (Confluent-framed Avro)
 * @param <T>       record type
 */
public record RecordKind<T>(Function<T, String> key, ToLongFunction<T> eventTime, Serializer<T> values) {

    public RecordKind {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(values, "values");
    }

    /** Ticks keyed by symbol at their {@code ts}. */
    public static RecordKind<Tick> ticks(Serializer<Tick> values) {
        return new RecordKind<>(Tick::getSymbol, tick -> tick.getTs().toEpochMilli(), values);
    }

    /** Headlines keyed by id at their {@code publishedAt}. */
    public static RecordKind<Headline> headlines(Serializer<Headline> values) {
        return new RecordKind<>(Headline::getId, headline -> headline.getPublishedAt().toEpochMilli(), values);
    }
}
