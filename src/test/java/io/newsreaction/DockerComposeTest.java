package io.newsreaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.config.AppSettings;
import io.newsreaction.config.ConfigKeys;
import io.newsreaction.config.ConfigLoader;
import io.newsreaction.config.ConfigSources;
import io.newsreaction.config.EnvironmentMapping;
import io.newsreaction.market.TradingCalendars;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/**
 * The top-level docker-compose.yml cannot run here (no Docker engine), so this reads it the way
 * Compose would and checks what would otherwise only fail at {@code docker compose up}: services
 * and volumes it names exist, the KRaft quorum is consistent, topics match the app's settings, and
 * every app variable binds to a real configuration key through the app's own loader.
 */
class DockerComposeTest {
    private static final ComposeFile COMPOSE = ComposeFile.read(Path.of("docker-compose.yml"));
    private static final List<String> KAFKA = List.of("kafka-1", "kafka-2", "kafka-3");
    private static final List<String> APPS = List.of("app-1", "app-2");
    private static final Pattern CREATE = Pattern.compile("(?m)^\\s*create --topic (\\S+)(.*)$");

    @Test
    void shouldNameOnlyServicesAndVolumesThatExist() {
        assertThat(COMPOSE.services()).containsAll(KAFKA).containsAll(APPS).contains("schema-registry", "topic-init");
        for (String service : COMPOSE.services()) {
            assertThat(COMPOSE.dependsOn(service)).as("depends_on of %s", service).isSubsetOf(COMPOSE.services());
            COMPOSE.volumes(service).stream().map(v -> v.split(":")[0]).filter(v -> !v.startsWith("."))
                    .forEach(v -> assertThat(COMPOSE.declaredVolumes()).as("volume of %s", service).contains(v));
            COMPOSE.volumes(service).stream().map(v -> v.split(":")[0]).filter(v -> v.startsWith("."))
                    .forEach(v -> assertThat(Path.of(v)).as("bind mount of %s", service).exists());
        }
    }

    @Test
    void shouldRunThreeCombinedKraftNodesOfOneClusterAndOneQuorum() {
        Set<String> nodeIds = new HashSet<>();
        String voters = COMPOSE.environment("kafka-1").get("KAFKA_CONTROLLER_QUORUM_VOTERS");
        for (String node : KAFKA) {
            Map<String, String> env = COMPOSE.environment(node);
            assertThat(COMPOSE.image(node)).startsWith("apache/kafka:4.");
            assertThat(env.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
            assertThat(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS")).isEqualTo(voters);
            assertThat(Uuid.fromString(env.get("CLUSTER_ID"))).isEqualTo(Uuid.fromString(COMPOSE.environment("kafka-1").get("CLUSTER_ID")));
            assertThat(env.get("KAFKA_ADVERTISED_LISTENERS")).contains("INTERNAL://" + node + ":9092");
            assertThat(voters).contains(env.get("KAFKA_NODE_ID") + "@" + node + ":9093");
            assertThat(nodeIds.add(env.get("KAFKA_NODE_ID"))).as("unique node id").isTrue();
            assertThat(Integer.parseInt(env.get("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR")))
                    .as("one node can restart without stopping transactions")
                    .isLessThan(Integer.parseInt(env.get("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR")));
        }
        assertThat(voters.split(",")).hasSize(KAFKA.size());
    }

    @Test
    void shouldRunConfluentSchemaRegistryOnTheCluster() {
        assertThat(COMPOSE.image("schema-registry")).startsWith("confluentinc/cp-schema-registry:");
        assertThat(COMPOSE.dependsOn("schema-registry")).containsAll(KAFKA);
        assertThat(COMPOSE.environment("schema-registry").get("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS"))
                .contains("kafka-1:9092", "kafka-2:9092", "kafka-3:9092");
    }

    @Test
    void shouldCreateTheAppsTopicsWithItsPartitionsCompactedReactionsAndSizeRetention() {
        Map<String, String> topics = createdTopics();
        Map<String, String> defaults = ConfigKeys.defaultValues();
        assertThat(topics).containsOnlyKeys(defaults.get(ConfigKeys.TOPICS_HEADLINES), defaults.get(ConfigKeys.TOPICS_TICKS),
                defaults.get(ConfigKeys.TOPICS_REACTIONS), defaults.get(ConfigKeys.TOPICS_DLQ),
                defaults.get(ConfigKeys.TOPICS_EVENTS), defaults.get(ConfigKeys.TOPICS_STATS));
        assertThat(topics.get(defaults.get(ConfigKeys.TOPICS_EVENTS))).contains("cleanup.policy=compact");
        assertThat(topics.get(defaults.get(ConfigKeys.TOPICS_STATS))).contains("cleanup.policy=compact");
        assertThat(topics.get(defaults.get(ConfigKeys.TOPICS_REACTIONS))).contains("cleanup.policy=compact");
        topics.entrySet().stream().filter(t -> !t.getValue().contains("cleanup.policy=compact"))
                .forEach(t -> assertThat(t.getValue()).as("%s: retention by size, never by (event) time", t.getKey())
                        .contains("retention.ms=-1", "retention.bytes="));
        assertThat(COMPOSE.environment("topic-init").get("PARTITIONS"))
                .isEqualTo(COMPOSE.environment("app-1").get(EnvironmentMapping.envName(ConfigKeys.TOPICS_PARTITIONS)));
        assertThat(COMPOSE.dependsOn("topic-init")).containsAll(KAFKA);
    }

    @Test
    void shouldMapEveryAppVariableToARealConfigKey() {
        for (String app : APPS) {
            Map<String, String> env = appVariables(app);
            Map<String, Map.Entry<String, String>> keys = EnvironmentMapping.keysOf(env);
            assertThat(keys).as("every NEWS_REACTION_* variable of %s names a key", app).hasSameSizeAs(env);
            keys.keySet().forEach(key -> assertThat(ConfigLoader.isValidKey(key)).as(key).isTrue());
            keys.keySet().stream().filter(k -> k.startsWith(ConfigKeys.KAFKA_PREFIX))
                    .forEach(k -> assertThat(kafkaClientConfigNames()).as(k).contains(k.substring(ConfigKeys.KAFKA_PREFIX.length())));
        }
        assertThat(appVariables("app-2")).as("both instances are configured alike").isEqualTo(appVariables("app-1"));
    }

    @Test
    void shouldRunBothInstancesAsOneApplicationWithOwnStateAndASafeHttpBinding() {
        Set<String> stateVolumes = new HashSet<>();
        for (String app : APPS) {
            AppSettings settings = load(app);
            assertThat(COMPOSE.image(app)).startsWith("eclipse-temurin:17-jre");
            assertThat(COMPOSE.dependsOn(app)).contains("topic-init", "schema-registry");
            assertThat(settings.applicationId()).isEqualTo("news-reaction");
            assertThat(settings.topics().autoCreate()).isFalse();
            assertThat(settings.routing().universe()).isNotEmpty();
            assertThat(bootstrapHosts(settings)).isNotEmpty().allSatisfy(h -> assertThat(KAFKA).contains(h));
            assertThat(settings.registry().get(ConfigKeys.REGISTRY_URL)).startsWith("http://schema-registry:");
            if (!settings.http().bind().startsWith("127.")) {
                assertThat(settings.http().hasToken()).as("%s binds %s: needs http.token", app, settings.http().bind()).isTrue();
            }
            String stateDir = settings.stateDir().orElseThrow().toString();
            COMPOSE.volumes(app).stream().filter(v -> v.split(":")[1].equals(stateDir))
                    .forEach(v -> stateVolumes.add(v.split(":")[0]));
        }
        assertThat(stateVolumes).as("one state volume per instance").hasSize(APPS.size());
    }

    @Test
    void shouldRunTheBuiltJarsRunCommand() {
        for (String app : APPS) {
            List<String> command = COMPOSE.command(app);
            assertThat(command).startsWith("java", "-jar").contains("run");
            assertThat(COMPOSE.hostPath(app, command.get(2))).isEqualTo(Path.of("./target/news-reaction.jar"));
        }
    }

    /** Loads an app's configuration as {@code run} would: its --config file, its environment, no flags. */
    private static AppSettings load(String app) {
        List<String> command = COMPOSE.command(app);
        int config = command.indexOf("--config");
        Optional<Path> file = config < 0 ? Optional.empty() : Optional.of(COMPOSE.hostPath(app, command.get(config + 1)));
        return new ConfigLoader(TradingCalendars::byName)
                .load(new ConfigSources(Map.of(), file, COMPOSE.environment(app), Map.of()));
    }

    private static Map<String, String> appVariables(String app) {
        Map<String, String> env = new LinkedHashMap<>(COMPOSE.environment(app));
        env.keySet().removeIf(k -> !k.startsWith(EnvironmentMapping.ENV_PREFIX));
        return env;
    }

    private static List<String> bootstrapHosts(AppSettings settings) {
        String servers = String.valueOf(settings.kafka().get("bootstrap.servers"));
        return List.of(servers.split(",")).stream().map(s -> s.trim().split(":")[0]).toList();
    }

    private static Set<String> kafkaClientConfigNames() {
        Set<String> names = new HashSet<>(StreamsConfig.configDef().names());
        names.addAll(ConsumerConfig.configNames());
        names.addAll(ProducerConfig.configNames());
        names.addAll(AdminClientConfig.configNames());
        return names;
    }

    /** Topic name → its options, from topic-init's script (continuation lines joined). */
    private static Map<String, String> createdTopics() {
        String script = String.join("\n", COMPOSE.command("topic-init")).replace("\\\n", " ");
        Map<String, String> topics = new LinkedHashMap<>();
        Matcher m = CREATE.matcher(script);
        while (m.find()) {
            assertThat(topics.put(m.group(1), m.group(2))).as("%s created once", m.group(1)).isNull();
        }
        return topics;
    }
}
