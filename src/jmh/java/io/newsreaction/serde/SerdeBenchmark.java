package io.newsreaction.serde;

import io.newsreaction.avro.Tick;
import io.newsreaction.fixtures.InMemorySchemaRegistryClient;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The Confluent-framed tick serde: encode and decode one tick (schema id cached, no registry call). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SerdeBenchmark {
    private static final String TOPIC = "market.ticks";
    private Serializer<Tick> serializer;
    private Deserializer<Tick> deserializer;
    private Tick tick;
    private byte[] bytes;

    @Setup
    public void setUp() {
        SpecificAvroSerde<Tick> serde = new SpecificAvroSerde<>(new InMemorySchemaRegistryClient(), Tick.class,
                Map.of("schema.registry.url", "http://127.0.0.1:1"), false);
        serializer = serde.serializer();
        deserializer = serde.deserializer();
        tick = new Tick("NVDA", Instant.parse("2025-01-27T14:30:00.123Z"), 142.62, 300L, null);
        bytes = serializer.serialize(TOPIC, tick);
    }

    @Benchmark
    public byte[] serializeTick() {
        return serializer.serialize(TOPIC, tick);
    }

    @Benchmark
    public Tick deserializeTick() {
        return deserializer.deserialize(TOPIC, bytes);
    }
}
