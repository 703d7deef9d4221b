package io.newsreaction.topology;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * How the producers of the ticks topic pick a tick's partition from its key (the symbol). Leg
 * requests are repartitioned the same way, so they land on the partition that holds their
 * symbol's ticks.
 */
public enum TickPartitioner {
    /** Java's and kafkajs' default (and librdkafka's {@code murmur2_random}): {@code toPositive(murmur2(key)) % n}. */
    MURMUR2("murmur2"),
    /** librdkafka's default {@code consistent_random} (and {@code consistent}): {@code crc32(key) % n}, unsigned. */
    CRC32("crc32");

    private final String configName;

    TickPartitioner(String configName) {
        this.configName = configName;
    }

    /** The value of the configuration key, e.g. {@code crc32}. */
    public String configName() {
        return configName;
    }

    /** The partitioner a configuration value names (case-insensitive), or empty. */
    public static Optional<TickPartitioner> byConfigName(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (TickPartitioner p : values()) {
            if (p.configName.equals(v)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The partition of {@code symbol} among {@code partitions}, keyed as UTF-8 like the ticks' String key serde. */
    public int partition(String symbol, int partitions) {
        byte[] key = symbol.getBytes(StandardCharsets.UTF_8);
        if (this == MURMUR2) {
            return Utils.toPositive(Utils.murmur2(key)) % partitions;
        }
        CRC32 crc = new CRC32();
        crc.update(key);
        return (int) (crc.getValue() % partitions);
    }

    /** A stream partitioner placing records keyed by symbol the way this partitioner does. */
    public <V> StreamPartitioner<String, V> streamPartitioner() {
        return new StreamPartitioner<>() {
            @Override
            public Optional<Set<Integer>> partitions(String topic, String key, V value, int numPartitions) {
                return Optional.of(Set.of(partition(key, numPartitions)));
            }
        };
    }
}
