package io.newsreaction.tail;

/**
 * One record read by {@code tail}, key and value decoded.
 *
 * @param topic     topic
 * @param partition partition
 * @param offset    offset
 * @param timestamp record timestamp in epoch milliseconds
 * @param key       generic Avro record or value, UTF-8 string, or null
 * @param value     generic Avro record or value, UTF-8 string, or null
 */
public record TailedRecord(String topic, int partition, long offset, long timestamp, Object key, Object value) {
}
