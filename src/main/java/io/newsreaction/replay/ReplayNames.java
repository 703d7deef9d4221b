package io.newsreaction.replay;

import io.newsreaction.topology.Names;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Names of one replay run, derived from the live application id and the run's start time (the
 * wall clock names the run; it never shapes a value). Everything the run creates except its output
 * starts with {@link #internalPrefix()}, so cleanup deletes exactly that.
 *
 * @param applicationId  {@code <app>-replay-<yyyyMMddHHmmss>}: consumer group, state and internal-topic prefix
 * @param ticksTopic     private copy of the planned ticks
 * @param headlinesTopic private copy of the planned headlines
 * @param dlqTopic       the replay's dead-letter topic
 * @param outputTopic    where the replay's reactions go
 */
public record ReplayNames(String applicationId, String ticksTopic, String headlinesTopic, String dlqTopic,
        String outputTopic) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    /** Prefix of the default output topic. */
    public static final String DEFAULT_OUTPUT_PREFIX = "market.reactions.replay.";

    /** Names of a replay of {@code liveApplicationId} started at {@code startedAt}; {@code output} null for the default. */
    public static ReplayNames of(String liveApplicationId, Instant startedAt, String output) {
        String stamp = STAMP.format(startedAt);
        String app = liveApplicationId + "-replay-" + stamp;
        return new ReplayNames(app, app + "-ticks", app + "-headlines", app + "-dlq",
                output == null ? DEFAULT_OUTPUT_PREFIX + stamp : output);
    }

    /** Prefix of every topic the run creates except the output: private inputs, DLQ, repartition and changelog topics. */
    public String internalPrefix() {
        return applicationId + "-";
    }

    /** The private inputs and the topology's repartition topics: the topics the group must drain. */
    public List<String> drainedTopics() {
        List<String> topics = new java.util.ArrayList<>(List.of(ticksTopic, headlinesTopic));
        topics.addAll(Names.repartitionTopics(applicationId));
        return topics;
    }

    /** Where the replay's events go: beside its reactions. */
    public String eventsTopic() {
        return outputTopic + ".events";
    }

    /** Where the replay's cohort statistics go: beside its reactions. */
    public String statsTopic() {
        return outputTopic + ".stats";
    }
}
