package io.newsreaction.topology;

import io.newsreaction.avro.Tick;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks each tick against the input contract (DESIGN §8) before it can reach a reaction store:
 * the value ({@link InputValidator#tick}), then the key (present, equal to the symbol), the
 * partition (where the configured partitioner puts the key) and the future skew ({@code ts} at
 * most {@code maxFutureSkew} after the record timestamp). A violation throws
 * {@link InvalidRecordException}; the processing exception handler dead-letters the tick with the
 * message as its reason. Every check reads only the record, so the verdict is deterministic.
 */
final class ValidateTicksProcessor implements FixedKeyProcessor<String, Tick, Tick> {
    /** A misplaced tick is summarised in an ERROR line on the first and then every this many. */
    static final long LOG_EVERY = 1000;
    private static final Logger log = LoggerFactory.getLogger(ValidateTicksProcessor.class);

    private final TickContract contract;
    private final int partitions;
    private final String partitionerKey;
    private final ReactionMetrics metrics;
    private FixedKeyProcessorContext<String, Tick> context;
    private long misplaced;

    ValidateTicksProcessor(TickContract contract, int partitions, String partitionerKey, ReactionMetrics metrics) {
        this.contract = contract;
        this.partitions = partitions;
        this.partitionerKey = partitionerKey;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Tick> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Tick> record) {
        Tick tick = InputValidator.tick(record.key(), record.value());
        String key = record.key();
        if (key == null) {
            throw new InvalidRecordException("tick key is missing (the key must be the symbol " + tick.getSymbol() + ")");
        }
        if (!key.equals(tick.getSymbol())) {
            throw new InvalidRecordException("tick key " + key + " is not its symbol " + tick.getSymbol());
        }
        context.recordMetadata().ifPresent(m -> checkPartition(key, m));
        long maxTs = record.timestamp() + contract.maxFutureSkew().toMillis();
        if (tick.getTs().toEpochMilli() > maxTs) {
            throw new InvalidRecordException("tick ts " + tick.getTs() + " is more than " + contract.maxFutureSkew()
                    + " after its record timestamp " + java.time.Instant.ofEpochMilli(record.timestamp())
                    + " (reaction.max-future-skew)");
        }
        context.forward(record);
    }

    private void checkPartition(String key, RecordMetadata m) {
        int expected = contract.partitioner().partition(key, partitions);
        if (m.partition() == expected) {
            return;
        }
        String position = m.topic() + "-" + m.partition() + "@" + m.offset();
        metrics.misplacedTick(position);
        misplaced++;
        if (misplaced % LOG_EVERY == 1) {
            log.error("{} tick(s) on a partition where their key does not belong under {}={} (this task); latest: key {} at {},"
                            + " expected partition {} of {}; they are dead-lettered: set {} to the producers' partitioner",
                    misplaced, partitionerKey, contract.partitioner().configName(), key, position, expected, partitions,
                    partitionerKey);
        }
        throw new InvalidRecordException("tick key " + key + " belongs on partition " + expected + " of " + partitions
                + " under " + partitionerKey + "=" + contract.partitioner().configName() + ", found on partition "
                + m.partition());
    }
}
