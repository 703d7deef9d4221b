package io.newsreaction.topology;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Counts records in memory; the count reaches the store (key {@code seen}) only through the pre-commit hook. */
final class CountInMemory implements Processor<String, String, Void, Void> {
    private final String storeName;
    private long seen;

    CountInMemory(String storeName) {
        this.storeName = storeName;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        PreCommitStore<String, Long> store = context.getStateStore(storeName);
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
