package io.newsreaction.replay;

import java.time.Instant;

/**
 * One planned offset range {@code [fromOffset, toOffset)} of a topic-partition.
 *
 * @param firstTimestamp timestamp of the record at {@code fromOffset}, -1 when the range is empty
 * @param lastTimestamp  timestamp of the partition's last record, -1 when the range is empty
 */
public record PartitionRange(String topic, int partition, long fromOffset, long toOffset, long firstTimestamp,
        long lastTimestamp) {

    public PartitionRange {
        if (fromOffset < 0 || toOffset < fromOffset) {
            throw new IllegalArgumentException("bad offset range " + topic + "-" + partition + " [" + fromOffset
                    + ", " + toOffset + ")");
        }
    }

    /** Offsets in the range (records, plus transaction markers if the producer used transactions). */
    public long count() {
        return toOffset - fromOffset;
    }

    public boolean isEmpty() {
        return toOffset == fromOffset;
    }

    /** The range's time span as text, e.g. {@code 2025-01-24T13:00:00Z .. 2025-01-29T22:00:00Z}. */
    public String span() {
        if (isEmpty() || firstTimestamp < 0) {
            return "-";
        }
        String last = lastTimestamp < 0 ? "?" : Instant.ofEpochMilli(lastTimestamp).toString();
        return Instant.ofEpochMilli(firstTimestamp) + " .. " + last;
    }
}
