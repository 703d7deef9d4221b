package io.newsreaction.config;

import io.newsreaction.reaction.ReactionSettings;
import io.newsreaction.routing.RoutingSettings;
import io.newsreaction.topology.TickContract;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Every configuration key the service knows, with its default, and the pass-through prefixes. */
public final class ConfigKeys {

    public static final String APPLICATION_ID = "application.id";
    public static final String TOPICS_HEADLINES = "topics.headlines";
    public static final String TOPICS_TICKS = "topics.ticks";
    public static final String TOPICS_REACTIONS = "topics.reactions";
    public static final String TOPICS_DLQ = "topics.dlq";
    public static final String TOPICS_EVENTS = "topics.events";
    public static final String TOPICS_STATS = "topics.stats";
    public static final String TOPICS_PARTITIONS = "topics.partitions";
    public static final String TOPICS_AUTO_CREATE = "topics.auto-create";
    /** How the ticks' producers partition: {@code murmur2} (Java, kafkajs) or {@code crc32} (librdkafka's default). */
    public static final String TICKS_PARTITIONER = "topics.ticks.partitioner";
    public static final String CALENDAR = "reaction.calendar";
    public static final String CALENDAR_HOLIDAYS = "reaction.calendar.holidays";
    public static final String CALENDAR_HALF_DAYS = "reaction.calendar.half-days";
    public static final String HORIZONS = "reaction.horizons";
    public static final String GRACE = "reaction.grace";
    public static final String PRE_EVENT = "reaction.pre-event";
    public static final String ESTIMATION_INTERVAL = "reaction.estimation.interval";
    public static final String ESTIMATION_LENGTH = "reaction.estimation.length";
    public static final String MIN_OBSERVATIONS = "reaction.estimation.min-observations";
    public static final String REFERENCE_MAX_AGE = "reaction.reference-max-age";
    public static final String HISTORY_RETENTION = "reaction.history-retention";
    /** How long (headline time) stage 2 keeps a headline's progress and latest reactions; empty: the history retention. */
    public static final String QUERY_RETENTION = "reaction.query-retention";
    /** How far a tick's {@code ts} may lie ahead of its record timestamp before it is dead-lettered. */
    public static final String MAX_FUTURE_SKEW = "reaction.max-future-skew";
    public static final String UNIVERSE = "reaction.universe";
    public static final String DEFAULT_BENCHMARK = "reaction.default-benchmark";
    /** Most tickers one headline may list; a headline with more is dead-lettered. */
    public static final String MAX_TICKERS = "routing.max-tickers";
    /** Most entities one headline may list; a headline with more is dead-lettered. */
    public static final String MAX_ENTITIES = "routing.max-entities";
    public static final String HTTP_PORT = "http.port";
    public static final String HTTP_BIND = "http.bind";
    public static final String HTTP_TOKEN = "http.token";
    public static final String STATE_DIR = "state.dir";
    public static final String REGISTRY_STARTUP_MAX_ATTEMPTS = "registry.startup.max-attempts";
    public static final String REGISTRY_STARTUP_BACKOFF = "registry.startup.backoff";

    /** {@code reaction.benchmark.<SYMBOL>=<BENCHMARK>}. */
    public static final String BENCHMARK_PREFIX = "reaction.benchmark.";
    /** {@code routing.entity.<Entity>=<SYM>,<SYM>}. */
    public static final String ENTITY_PREFIX = "routing.entity.";
    /** Passed to the Kafka clients with the prefix stripped. */
    public static final String KAFKA_PREFIX = "kafka.";
    /** Passed to the serdes with the full key. */
    public static final String REGISTRY_PREFIX = "schema.registry.";
    public static final String REGISTRY_URL = "schema.registry.url";

    /** Confluent serde keys accepted without the {@code schema.registry.} prefix too. */
    public static final List<String> REGISTRY_SHORT_KEYS = List.of(
            "basic.auth.credentials.source", "basic.auth.user.info", "auto.register.schemas", "use.latest.version");

    /** Known keys without a default: absent means "use the calendar's built-in list". */
    static final List<String> NO_DEFAULT = List.of(CALENDAR_HOLIDAYS, CALENDAR_HALF_DAYS);

    static final Map<String, String> DEFAULTS = defaults();

    private ConfigKeys() {
    }

    /** Every fixed key (prefixed and dynamic keys excepted), in documentation order. */
    public static Set<String> knownKeys() {
        Set<String> keys = new LinkedHashSet<>(DEFAULTS.keySet());
        keys.addAll(NO_DEFAULT);
        keys.addAll(REGISTRY_SHORT_KEYS);
        return Collections.unmodifiableSet(keys);
    }

    /** The built-in default of every key that has one. */
    public static Map<String, String> defaultValues() {
        return DEFAULTS;
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(APPLICATION_ID, "news-reaction");
        d.put(TOPICS_HEADLINES, "news.headlines");
        d.put(TOPICS_TICKS, "market.ticks");
        d.put(TOPICS_REACTIONS, "market.reactions");
        d.put(TOPICS_DLQ, "news-reaction.dlq");
        d.put(TOPICS_EVENTS, "market.reaction-events");
        d.put(TOPICS_STATS, "market.reaction-stats");
        d.put(TOPICS_PARTITIONS, "3");
        d.put(TOPICS_AUTO_CREATE, "true");
        d.put(TICKS_PARTITIONER, TickContract.DEFAULT.partitioner().configName());
        d.put(CALENDAR, "XNYS");
        d.put(HORIZONS, ReactionSettings.DEFAULT_HORIZONS.stream()
                .map(Duration::toString).collect(Collectors.joining(",")));
        d.put(GRACE, ReactionSettings.DEFAULT_GRACE.toString());
        d.put(PRE_EVENT, ReactionSettings.DEFAULT_PRE_EVENT.toString());
        d.put(ESTIMATION_INTERVAL, ReactionSettings.DEFAULT_ESTIMATION_INTERVAL.toString());
        d.put(ESTIMATION_LENGTH, Integer.toString(ReactionSettings.DEFAULT_ESTIMATION_LENGTH));
        d.put(MIN_OBSERVATIONS, Integer.toString(ReactionSettings.DEFAULT_MIN_OBSERVATIONS));
        d.put(REFERENCE_MAX_AGE, ReactionSettings.DEFAULT_REFERENCE_MAX_AGE.toString());
        d.put(HISTORY_RETENTION, ReactionSettings.DEFAULT_HISTORY_RETENTION.toString());
        d.put(QUERY_RETENTION, "");
        d.put(MAX_FUTURE_SKEW, TickContract.DEFAULT_MAX_FUTURE_SKEW.toString());
        d.put(UNIVERSE, "");
        d.put(DEFAULT_BENCHMARK, "SPY");
        d.put(MAX_TICKERS, Integer.toString(RoutingSettings.DEFAULT_MAX_TICKERS));
        d.put(MAX_ENTITIES, Integer.toString(RoutingSettings.DEFAULT_MAX_ENTITIES));
        d.put(HTTP_PORT, "8080");
        d.put(HTTP_BIND, "127.0.0.1");
        d.put(HTTP_TOKEN, "");
        d.put(STATE_DIR, "");
        d.put(REGISTRY_STARTUP_MAX_ATTEMPTS, "30");
        d.put(REGISTRY_STARTUP_BACKOFF, "PT1S");
        return Collections.unmodifiableMap(d);
    }
}
