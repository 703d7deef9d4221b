package io.newsreaction.config;

/**
 * Topic names and how topics are created.
 *
 * @param headlines  input headlines
 * @param ticks      input ticks
 * @param reactions  output reactions (compacted)
 * @param dlq        dead-letter topic for bad input
 * @param partitions partitions of topics the service creates
 * @param autoCreate whether the service creates missing topics at start
 */
public record TopicSettings(
        String headlines, String ticks, String reactions, String dlq, int partitions, boolean autoCreate) {
}
