package io.newsreaction.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.Tick;
import io.newsreaction.fixtures.DriverProps;
import io.newsreaction.fixtures.InMemorySchemaRegistryClient;
import io.newsreaction.serde.SpecificAvroSerde;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

/** The framework phase's topology: every tick decoded with the real serde and counted, nothing stored or sent. */
class FrameworkBenchAppTest {

    @Test
    void shouldDecodeAndCountEveryTickWithoutStateOrOutput() {
        SpecificAvroSerde<Tick> serde = new SpecificAvroSerde<>(new InMemorySchemaRegistryClient(), Tick.class,
                Map.of("schema.registry.url", "http://in-memory.invalid:8081"), false);
        CountingDeserializer<Tick> decoded = new CountingDeserializer<>(serde.deserializer());
        LongAdder processed = new LongAdder();
        Topology topology = FrameworkBenchApp.topology("ticks", serde.serializer(), decoded, processed);
        Properties props = DriverProps.of("framework-test");

        try (TopologyTestDriver driver = new TopologyTestDriver(topology, props)) {
            TestInputTopic<String, Tick> ticks = driver.createInputTopic("ticks", Serdes.String().serializer(), serde.serializer());
            for (int i = 0; i < 5; i++) {
                Instant at = Instant.parse("2025-02-03T15:00:00Z").plusSeconds(i);
                ticks.pipeInput("NVDA", Tick.newBuilder().setSymbol("NVDA").setTs(at).setPrice(120.0 + i).setSize(100L).build());
            }

            assertThat(processed.sum()).isEqualTo(5);
            assertThat(decoded.count()).isEqualTo(5);
            assertThat(driver.getAllStateStores()).isEmpty();
            assertThat(driver.producedTopicNames()).isEmpty();
        }
        assertThat(topology.describe().toString()).contains(FrameworkBenchApp.SOURCE, FrameworkBenchApp.COUNT)
                .doesNotContain("KSTREAM-");
    }
}
