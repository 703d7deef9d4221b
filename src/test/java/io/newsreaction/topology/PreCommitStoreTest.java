package io.newsreaction.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.fixtures.DriverProps;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/**
 * The hook runs inside Kafka Streams' commit ({@code StreamTask.prepareCommit}, which the test
 * driver runs after every input record): what it writes reaches the store and its changelog, once
 * per commit, while the processor itself never writes. {@code PreCommitStoreIT} checks the same
 * contract against a real broker and an exactly-once commit.
 */
class PreCommitStoreTest {
    private static final String STORE = "counter-store";
    private static final String CHANGELOG = "pre-commit-test-" + STORE + "-changelog";

    @Test
    void shouldStoreAndLogWhatTheHookWritesAtEachCommit() {
        storesAndLogsAtEachCommit(true);
    }

    @Test
    void shouldRunTheHookOverAnUncachedStoreToo() {
        // leg-store and the write-once stores are uncached: the hook must not depend on the cache
        storesAndLogsAtEachCommit(false);
    }

    private static void storesAndLogsAtEachCommit(boolean cached) {
        try (TopologyTestDriver driver = driver(cached)) {
            TestInputTopic<String, String> input = driver.createInputTopic("in",
                    Serdes.String().serializer(), Serdes.String().serializer());
            TestOutputTopic<String, Long> changelog = driver.createOutputTopic(CHANGELOG,
                    Serdes.String().deserializer(), Serdes.Long().deserializer());
            @SuppressWarnings("unchecked")
            PreCommitStore<String, Long> store = (PreCommitStore<String, Long>) driver.getStateStore(STORE);

            input.pipeInput("a", "x");
            input.pipeInput("a", "y");
            input.pipeInput("b", "z");

            assertThat(store.store().get("seen")).isEqualTo(3L);
            assertThat(changelog.readValuesToList()).containsExactly(1L, 2L, 3L);
        }
    }

    @Test
    void shouldBuildTheNamedLoggedStore() {
        var builder = PreCommitStore.builder(Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(STORE), Serdes.String(), Serdes.Long()));

        assertThat(builder.name()).isEqualTo(STORE);
        assertThat(builder.loggingEnabled()).isTrue();
        assertThat(builder.withLoggingDisabled().loggingEnabled()).isFalse();
    }

    private static TopologyTestDriver driver(boolean cached) {
        StreamsBuilder builder = new StreamsBuilder();
        var store = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), Serdes.Long());
        builder.addStateStore(PreCommitStore.builder(cached ? store.withCachingEnabled() : store.withCachingDisabled()));
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String())).process(() -> new CountInMemory(STORE), STORE);
        Properties props = DriverProps.of("pre-commit-test");
        return new TopologyTestDriver(builder.build(), props);
    }
}
