package io.newsreaction.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/**
 * The hook runs inside Kafka Streams' commit ({@code StreamTask.prepareCommit}, which the test
 * driver runs after every input record): what it writes reaches the store and its changelog, once
 * per commit, while the processor itself never writes.
 */
class PreCommitStoreTest {
    private static final String STORE = "counter-store";
    private static final String CHANGELOG = "pre-commit-test-" + STORE + "-changelog";

    @Test
    void shouldStoreAndLogWhatTheHookWritesAtEachCommit() {
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<String, String> input = driver.createInputTopic("in", Serdes.String().serializer(), Serdes.String().serializer());
            TestOutputTopic<String, Long> changelog = driver.createOutputTopic(CHANGELOG, Serdes.String().deserializer(), Serdes.Long().deserializer());
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

    private static TopologyTestDriver driver() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(PreCommitStore.builder(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(STORE), Serdes.String(), Serdes.Long()).withCachingEnabled()));
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String())).process(CountInMemory::new, STORE);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "pre-commit-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        return new TopologyTestDriver(builder.build(), props);
    }

    /** Counts records in memory; the count reaches the store only through the pre-commit hook. */
    private static final class CountInMemory implements Processor<String, String, Void, Void> {
        private long seen;

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            PreCommitStore<String, Long> store = context.getStateStore(STORE);
            KeyValueStore<String, Long> counts = store.store();
            Long stored = counts.get("seen");
            seen = stored == null ? 0 : stored;
            store.beforeCommit(() -> counts.put("seen", seen));
        }

        @Override
        public void process(Record<String, String> record) {
            seen++;
        }
    }
}
