package io.newsreaction.replay;

/**
 * What Kafka reports about one partition when a replay is planned.
 *
 * @param partition     partition number
 * @param beginOffset   log start offset
 * @param endOffset     end offset (read committed: the last stable offset)
 * @param seekOffset    first offset whose timestamp is at or after the seek time, -1 when none
 * @param seekTimestamp that record's timestamp, -1 when none
 * @param lastTimestamp greatest timestamp among the partition's last records, -1 when empty
 */
public record PartitionSnapshot(int partition, long beginOffset, long endOffset, long seekOffset, long seekTimestamp,
        long lastTimestamp) {
}
