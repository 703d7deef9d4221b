package io.newsreaction.topology;

/**
 * Every processor, store and internal topic name of the reaction topology. Renaming one breaks
 * state compatibility for running deployments, so the golden {@code topology.describe()} test pins
 * them.
 */
public final class Names {
    public static final String HEADLINES_SOURCE = "headlines-source";
    public static final String TICKS_SOURCE = "ticks-source";
    public static final String VALIDATE_HEADLINES = "validate-headlines";
    public static final String VALIDATE_TICKS = "validate-ticks";
    public static final String ROUTE_HEADLINES = "route-headlines";
    public static final String SPLIT_ROUTED_HEADLINES = "split-routed-headlines-";
    public static final String LEG_REQUESTS_BRANCH = "leg-requests";
    public static final String EVENT_MEMBERS_BRANCH = "event-members";
    public static final String RETRACTIONS_BRANCH = "retractions";
    /** Repartition of headline retractions by headline id; the topic is {@code <application.id>-headline-retractions-repartition}. */
    public static final String HEADLINE_RETRACTIONS = "headline-retractions";
    public static final String MERGE_STAGE_TWO = "merge-legs-and-retractions";
    /** Repartition of leg requests by symbol; the topic is {@code <application.id>-leg-requests-repartition}. */
    public static final String LEG_REQUESTS = "leg-requests";
    public static final String MERGE_STAGE_ONE = "merge-ticks-and-leg-requests";
    public static final String COMPUTE_LEGS = "compute-legs";
    /** Repartition of legs by headline id; the topic is {@code <application.id>-legs-repartition}. */
    public static final String LEGS = "legs";
    public static final String COMBINE_LEGS = "combine-legs";
    public static final String REACTIONS_SINK = "reactions-sink";

    public static final String SKIP_REACTION_TOMBSTONES = "skip-reaction-tombstones";
    /** Repartition of event members by symbol; the topic is {@code <application.id>-event-members-repartition}. */
    public static final String EVENT_MEMBERS = "event-members";
    public static final String KEY_REACTIONS_BY_SYMBOL = "key-reactions-by-symbol";
    /** Repartition of reactions by symbol; the topic is {@code <application.id>-event-reactions-repartition}. */
    public static final String EVENT_REACTIONS = "event-reactions";
    public static final String MERGE_EVENT_INPUTS = "merge-event-members-and-reactions";
    public static final String BUILD_EVENTS = "build-events";
    public static final String SPLIT_EVENT_OUTPUT = "split-event-output-";
    public static final String EVENTS_BRANCH = "events";
    public static final String COHORT_DELTAS_BRANCH = "cohort-changes";
    public static final String EVENTS_SINK = "events-sink";
    /** Repartition of cohort contribution changes by cohort; the topic is {@code <application.id>-cohort-deltas-repartition}. */
    public static final String COHORT_DELTAS = "cohort-deltas";
    public static final String AGGREGATE_COHORTS = "aggregate-cohorts";
    public static final String COHORT_STATS_CHANGES = "cohort-stats-changes";
    public static final String PUBLISH_COHORT_STATS = "publish-cohort-stats";
    public static final String STATS_SINK = "stats-sink";

    public static final String HEADLINES_STORE = "headlines-store";
    public static final String PRICE_HISTORY_STORE = "price-history-store";
    public static final String PENDING_LEGS_STORE = "pending-legs-store";
    public static final String LEG_STORE = "leg-store";
    public static final String PROGRESS_STORE = "reaction-progress-store";
    public static final String REACTIONS_STORE = "reactions-store";
    public static final String EVENTS_STORE = "events-store";
    public static final String COHORT_STATS_STORE = "cohort-stats-store";

    private Names() {
    }

    /** Every repartition topic of the topology: with the inputs, what a drained application has consumed to the end. */
    public static java.util.List<String> repartitionTopics(String applicationId) {
        return java.util.stream.Stream.of(LEG_REQUESTS, LEGS, HEADLINE_RETRACTIONS, EVENT_MEMBERS, EVENT_REACTIONS, COHORT_DELTAS)
                .map(name -> repartitionTopic(applicationId, name)).toList();
    }

    /** The topic Kafka Streams creates for the repartition named {@code name}: {@code <application.id>-<name>-repartition}. */
    public static String repartitionTopic(String applicationId, String name) {
        return applicationId + "-" + name + "-repartition";
    }
}
