package io.newsreaction.config;

import io.newsreaction.reaction.ReactionSettings;
import io.newsreaction.routing.RoutingSettings;
import io.newsreaction.topology.TickContract;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The whole, immutable configuration of one process, built once at start by {@link ConfigLoader}.
 * {@link #toString()} and {@link #dump()} mask secrets.
 *
 * @param applicationId   Kafka Streams application id
 * @param topics          topic names and creation
 * @param reaction        settings that shape reaction values
 * @param routing         headline to symbol routing and benchmarks
 * @param ticks           what the ticks' producers guarantee: partitioner, future skew
 * @param queryRetention  how long (headline time) stage 2 keeps a headline's progress and latest reactions
 * @param http            HTTP query API
 * @param kafka           Kafka client properties ({@code kafka.} prefix stripped)
 * @param registry        schema registry serde properties (full {@code schema.registry.*} keys plus
 *                        the Confluent short keys)
 * @param stateDir        Kafka Streams state directory; empty for Kafka Streams' default
 * @param registryStartup waiting for the schema registry at start
 * @param effective       every effective key and value, for {@link #dump()}
 */
public record AppSettings(
        String applicationId,
        TopicSettings topics,
        ReactionSettings reaction,
        RoutingSettings routing,
        TickContract ticks,
        java.time.Duration queryRetention,
        HttpSettings http,
        Map<String, String> kafka,
        Map<String, String> registry,
        Optional<Path> stateDir,
        RegistryStartupSettings registryStartup,
        SortedMap<String, String> effective) {

    public AppSettings {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(reaction, "reaction");
        Objects.requireNonNull(routing, "routing");
        Objects.requireNonNull(ticks, "ticks");
        Objects.requireNonNull(queryRetention, "queryRetention");
        Objects.requireNonNull(http, "http");
        kafka = Collections.unmodifiableMap(new TreeMap<>(kafka));
        registry = Collections.unmodifiableMap(new TreeMap<>(registry));
        Objects.requireNonNull(stateDir, "stateDir");
        Objects.requireNonNull(registryStartup, "registryStartup");
        effective = Collections.unmodifiableSortedMap(new TreeMap<>(effective));
    }

    /** Every effective key as {@code key=value} lines, sorted, secrets masked. */
    public String dump() {
        StringBuilder out = new StringBuilder();
        Secrets.maskAll(effective).forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        for (String key : ConfigKeys.NO_DEFAULT) {
            if (!effective.containsKey(key)) {
                out.append("# ").append(key).append(": not set, the calendar's built-in list\n");
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "AppSettings[applicationId=" + applicationId + ", topics=" + topics + ", reaction=" + reaction
                + ", routing=" + routing + ", ticks=" + ticks + ", http=" + http + ", kafka=" + Secrets.maskAll(kafka)
                + ", registry=" + Secrets.maskAll(registry) + ", stateDir=" + stateDir
                + ", registryStartup=" + registryStartup + "]";
    }
}
