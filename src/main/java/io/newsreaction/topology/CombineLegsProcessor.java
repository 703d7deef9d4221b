package io.newsreaction.topology;

import io.newsreaction.avro.HeadlineRetraction;
import io.newsreaction.avro.Leg;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.avro.ReactionKey;
import io.newsreaction.avro.RoutedSymbol;
import io.newsreaction.avro.TimePrecision;
import io.newsreaction.reaction.LegCalculator;
import io.newsreaction.reaction.MarketModelFit;
import io.newsreaction.serde.InternalAvroSerde;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Stage 2, partitioned by headline id: pairs each target symbol's leg with its benchmark's leg for
 * the same horizon and emits the {@link MarketReaction} revisions in horizon order. Revision
 * {@code r} of a target goes out once both legs {@code r} are here (or the benchmark is known to
 * have no reference), so the sequence per key does not depend on which stage-1 partition was
 * faster.
 *
 * <p>A leg is kept only while a target still needs it: a target's leg until the benchmark's leg of
 * the same revision is here, a benchmark's leg until every target benchmarked against it has used
 * it. Legs that meet within one commit interval never reach {@code leg-store}: they wait in memory
 * and only those still waiting when the task commits are written ({@link PreCommitStore}). Revision
 * {@code r + 1} is built from revision {@code r}, the target's latest reaction in
 * {@code reactions-store}, whose revision and status are also the target's progress; so no leg is
 * kept for later revisions, and the market model fitted on both revision-0 grids travels in the
 * reaction.
 *
 * <p>State is bounded by {@code reaction.query-retention} in headline time, without letting the
 * order in which stage-1 partitions deliver their legs change any output. A headline is
 * <em>complete</em> once each of its leg symbols ({@code LegRequest.legSymbols}, targets and
 * benchmarks) has sent its last leg (its last reported horizon, or one without a reference price):
 * then every reaction of it is final and no leg of it is still to come. The partition's clock is
 * the latest {@code publishedAt} among the legs it has read (kept in {@code leg-store} under a key no
 * leg key can equal); once a complete or retracted headline was published more than the retention
 * before it, its progress markers, legs and latest reactions leave the stores (its records stay on
 * the compacted reactions topic). A headline that is not complete is never dropped, however far
 * the clock ran ahead (a stage-1 partition lagging in a backlog), and no leg is refused for its
 * age: the clock decides when state goes, never what is emitted. A per-headline index in
 * {@code reaction-progress-store} (keys starting with U+0001, which no headline id contains) finds
 * the expired headlines without a scan.
 *
 * <p>A {@link HeadlineRetraction} (a tombstone on the headlines topic) tombstones every reaction of
 * the headline emitted here and forgets its state. Each headline's generation marker (progress key
 * {@code headlineId U+0000}, absent for generation 0) says which generation is live, or which was
 * retracted; a leg of an older generation, or of the retracted one, is dropped and counted, and a
 * leg of a newer generation (the id published again) retracts the older one first. Legs and
 * retractions travel on two topics, so either may come first; the outcome is the same.
 */
final class CombineLegsProcessor implements Processor<String, Object, ReactionKey, MarketReaction> {
    private static final String SEP = "\u0000";
    /** After {@code headlineId SEP}: the count of leg symbols still to send their last leg, and (followed by a symbol) that it has. */
    private static final String FINISHED = "\u0002";
    /** The next revision of a target whose reaction is final. */
    private static final int DONE = Integer.MAX_VALUE;
    private static final int MAX_CACHED = 20_000;
    /** First character of the index keys in the progress store; headline ids hold no control character. */
    static final String INDEX_MARK = HeadlineIndex.MARK;
    private static final long PURGE_EVERY_MS = java.time.Duration.ofHours(1).toMillis();
    /** The leg-store key of the partition's clock; leg keys start with a headline id. */
    private static final String CLOCK_KEY = INDEX_MARK;

    private final ReactionAssembler assembler;
    // index of the last reported horizon, for headlines of time precision DAY and for the others
    private final int lastDayRevision;
    private final int lastRevision;
    private final Deserializer<Leg> legDecoder;
    private final Serializer<ReactionKey> reactionKeyEncoder;
    private final ReactionMetrics metrics;
    private final long retentionMs;
    private ProcessorContext<ReactionKey, MarketReaction> context;
    // The latest publishedAt of a leg read here (stored), and the cutoff of the last purge in this
    // incarnation (in memory only: purging again is harmless).
    private long latestPublished;
    private long storedPublished;
    private long purgedUntil;
    // Leg records in their internal Avro encoding, exactly the bytes stage 1 sent.
    private KeyValueStore<String, byte[]> legs;
    private KeyValueStore<String, Integer> progress;
    private KeyValueStore<ReactionKey, MarketReaction> latest;
    // Legs read since the last commit and still needed, not yet in leg-store: written just before
    // the commit (a leg used up within the interval never is). Sorted, so a headline's go at once.
    private final NavigableMap<String, byte[]> unstored = new TreeMap<>();
    // Legs recently read, by store key, and the latest reactions by progress key (headline, target):
    // they save decoding. A leg's content never changes once written; both caches are dropped in
    // init(), which Streams calls again after a dirty close (aborted transaction, revived task), so
    // they never hold a value the stores rolled back.
    private final Map<String, Leg> recentLegs = leastRecentlyUsed(MAX_CACHED);
    private final Map<String, MarketReaction> recentReactions = leastRecentlyUsed(MAX_CACHED);

    CombineLegsProcessor(ReactionAssembler assembler, LegCalculator calculator, Serde<Leg> legSerde, java.time.Duration queryRetention,
            ReactionMetrics metrics) {
        this.assembler = assembler;
        this.lastDayRevision = calculator.reportedHorizons(true).size() - 1;
        this.lastRevision = calculator.reportedHorizons(false).size() - 1;
        this.retentionMs = queryRetention.toMillis();
        this.legDecoder = legSerde.deserializer();
        this.reactionKeyEncoder = new InternalAvroSerde<>(ReactionKey.class).serializer();
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<ReactionKey, MarketReaction> context) {
        this.context = context;
        PreCommitStore<String, byte[]> legStore = context.getStateStore(Names.LEG_STORE);
        this.legs = legStore.store();
        legStore.beforeCommit(this::storeWaitingLegs);
        this.progress = context.getStateStore(Names.PROGRESS_STORE);
        this.latest = context.getStateStore(Names.REACTIONS_STORE);
        unstored.clear();
        recentLegs.clear();
        recentReactions.clear();
        byte[] clock = legs.get(CLOCK_KEY);
        latestPublished = clock == null ? Long.MIN_VALUE : java.nio.ByteBuffer.wrap(clock).getLong();
        storedPublished = latestPublished;
        purgedUntil = Long.MIN_VALUE;
    }

    /** Runs before each commit: the legs still waiting for a partner, and the clock if it moved, go to leg-store. */
    private void storeWaitingLegs() {
        unstored.forEach(legs::put);
        unstored.clear();
        if (latestPublished != storedPublished) {
            legs.put(CLOCK_KEY, java.nio.ByteBuffer.allocate(Long.BYTES).putLong(latestPublished).array());
            storedPublished = latestPublished;
        }
    }

    @Override
    public void process(Record<String, Object> record) {
        if (record.value() instanceof HeadlineRetraction retraction) {
            onRetraction(retraction);
        } else {
            onLeg((byte[]) record.value());
        }
    }

    private void onRetraction(HeadlineRetraction retraction) {
        String headlineId = retraction.getHeadlineId();
        if (isSuperseded(generationMarker(headlineId), retraction.getGeneration())) {
            return;
        }
        retractState(headlineId, retraction.getPublishedAt().toEpochMilli());
        progress.put(headlineId + SEP, -1 - retraction.getGeneration());
        progress.put(HeadlineIndex.key(retraction.getPublishedAt().toEpochMilli(), headlineId), 0);
    }

    private void onLeg(byte[] encoded) {
        Leg leg = legDecoder.deserialize(null, encoded);
        String headlineId = leg.getRequest().getHeadlineId();
        String symbol = leg.getRequest().getSymbol();
        long published = leg.getRequest().getPublishedAt().toEpochMilli();
        latestPublished = Math.max(latestPublished, published);
        purgeIfDue(latestPublished - retentionMs);
        int marker = generationMarker(headlineId);
        int generation = leg.getRequest().getGeneration();
        if (isSuperseded(marker, generation)) {
            metrics.retractedLeg();
            return;
        }
        if (generation > generation(marker)) {
            retractState(headlineId, published);
            progress.put(headlineId + SEP, generation);
        }
        String key = legKey(headlineId, symbol, leg.getRevision());
        if (leg.getRevision() == 0) {
            // every symbol's legs arrive in revision order, so a headline's first leg here is a revision 0
            String indexKey = HeadlineIndex.key(published, headlineId);
            if (progress.get(indexKey) == null) {
                progress.put(indexKey, 0);
            }
        }
        unstored.put(key, encoded);
        recentLegs.put(key, leg);
        for (RoutedSymbol target : leg.getRequest().getTargets()) {
            if (target.getSymbol().equals(symbol) || target.getBenchmark().equals(symbol)) {
                int from = nextRevision(headlineId, target.getSymbol());
                int to = emitReady(headlineId, target, from);
                // the legs this target used up may have no user left
                for (int r = from; r < to && r <= lastRevision; r++) {
                    forgetIfUnused(headlineId, target.getSymbol(), r);
                    forgetIfUnused(headlineId, target.getBenchmark(), r);
                }
            }
        }
        // last: a leg that arrives after its targets went past it (a benchmark's later revisions) goes too
        forgetIfUnused(headlineId, symbol, leg.getRevision());
        if (isLast(leg)) {
            finished(headlineId, symbol, leg.getRequest().getLegSymbols());
        }
    }

    private boolean isLast(Leg leg) {
        boolean day = leg.getRequest().getTimePrecision() == TimePrecision.DAY;
        return leg.getNoReference() || leg.getRevision() >= (day ? lastDayRevision : lastRevision);
    }

    /** Records that {@code symbol} sent its last leg: one fewer leg symbol to wait for. */
    private void finished(String headlineId, String symbol, int legSymbols) {
        String flag = headlineId + SEP + FINISHED + symbol;
        if (legSymbols <= 0 || progress.get(flag) != null) {
            return;
        }
        progress.put(flag, 1);
        String remainingKey = headlineId + SEP + FINISHED;
        Integer remaining = progress.get(remainingKey);
        progress.put(remainingKey, (remaining == null ? legSymbols : remaining) - 1);
    }

    /** True once every leg symbol of the headline sent its last leg, or once the headline was retracted. */
    private boolean isSettled(String headlineId) {
        Integer remaining = progress.get(headlineId + SEP + FINISHED);
        return remaining != null && remaining <= 0 || generationMarker(headlineId) < 0;
    }

    /** The headline's generation marker: the live generation (0 when absent), or -1 - g once generation g was retracted. */
    private int generationMarker(String headlineId) {
        Integer marker = progress.get(headlineId + SEP);
        return marker == null ? 0 : marker;
    }

    private static int generation(int marker) {
        return marker < 0 ? -1 - marker : marker;
    }

    /** True when {@code generation} is older than the marker's, or is the one it says was retracted. */
    private static boolean isSuperseded(int marker, int generation) {
        int live = generation(marker);
        return generation < live || generation == live && marker < 0;
    }

    /** Tombstones every reaction of the headline emitted here (in symbol order), then forgets its state. */
    private void retractState(String headlineId, long timestamp) {
        for (ReactionKey key : emittedReactions(headlineId)) {
            context.forward(new Record<>(key, null, timestamp));
        }
        forgetHeadline(headlineId);
    }

    /**
     * The keys of the headline's latest reactions, in symbol order. A {@link ReactionKey}'s internal
     * encoding starts with its headline id's Avro encoding (length, then bytes), which no other
     * headline id's encoding starts with, so a prefix scan finds exactly this headline's keys.
     */
    private List<ReactionKey> emittedReactions(String headlineId) {
        List<ReactionKey> keys = new ArrayList<>();
        try (KeyValueIterator<ReactionKey, MarketReaction> it = latest.prefixScan(new ReactionKey(headlineId, ""),
                (topic, key) -> headlineIdPrefix(key))) {
            it.forEachRemaining(kv -> keys.add(kv.key));
        }
        keys.sort(java.util.Comparator.comparing(ReactionKey::getSymbol));
        return keys;
    }

    /** The encoding of {@code key} without its (empty) symbol: the Avro encoding of the headline id. */
    private byte[] headlineIdPrefix(ReactionKey key) {
        byte[] encoded = reactionKeyEncoder.serialize(null, key);
        // an empty string encodes as one byte, its length 0
        return java.util.Arrays.copyOf(encoded, encoded.length - 1);
    }

    /** The revision the target emits next: 0 before its first, {@link #DONE} once its reaction is final. */
    private int nextRevision(String headlineId, String symbol) {
        MarketReaction reaction = latestReaction(headlineId, symbol);
        if (reaction == null) {
            return 0;
        }
        return reaction.getStatus() == ReactionStatus.PROVISIONAL ? reaction.getRevision() + 1 : DONE;
    }

    private MarketReaction latestReaction(String headlineId, String symbol) {
        String key = headlineId + SEP + symbol;
        MarketReaction reaction = recentReactions.get(key);
        if (reaction == null) {
            reaction = latest.get(new ReactionKey(headlineId, symbol));
            if (reaction != null) {
                recentReactions.put(key, reaction);
            }
        }
        return reaction;
    }

    /** Emits every revision of {@code target} from {@code revision} on that is ready; returns the next revision after them. */
    private int emitReady(String headlineId, RoutedSymbol target, int revision) {
        while (revision != DONE) {
            Leg own = leg(headlineId, target.getSymbol(), revision);
            if (own == null) {
                break;
            }
            MarketReaction reaction;
            if (own.getNoReference()) {
                reaction = assembler.noReference(own, target.getBenchmark());
            } else if (revision == 0) {
                Leg benchmarkFirst = leg(headlineId, target.getBenchmark(), 0);
                if (benchmarkFirst == null) {
                    break;
                }
                List<Leg> benchmarkLegs = benchmarkFirst.getNoReference() ? null : List.of(benchmarkFirst);
                MarketModelFit fit = benchmarkLegs == null ? null : assembler.fit(own, benchmarkFirst);
                reaction = assembler.assemble(List.of(own), target.getBenchmark(), benchmarkLegs, fit);
            } else {
                MarketReaction previous = latestReaction(headlineId, target.getSymbol());
                Leg benchmark = null;
                if (previous.getMarketModel() != null) {
                    benchmark = leg(headlineId, target.getBenchmark(), revision);
                    if (benchmark == null) {
                        break;
                    }
                }
                reaction = assembler.next(previous, own, benchmark);
            }
            emit(reaction);
            revision = reaction.getStatus() == ReactionStatus.PROVISIONAL ? revision + 1 : DONE;
        }
        return revision;
    }

    private void emit(MarketReaction reaction) {
        ReactionKey key = new ReactionKey(reaction.getHeadlineId(), reaction.getSymbol());
        latest.put(key, reaction);
        recentReactions.put(reaction.getHeadlineId() + SEP + reaction.getSymbol(), reaction);
        metrics.reactionEmitted(reaction.getStatus());
        context.forward(new Record<>(key, reaction, reaction.getPublishedAt().toEpochMilli()));
    }

    /** A leg read here and still kept, from memory when it is there; null if absent. */
    private Leg leg(String headlineId, String symbol, int revision) {
        String key = legKey(headlineId, symbol, revision);
        Leg leg = recentLegs.get(key);
        if (leg == null) {
            byte[] stored = unstored.get(key);
            if (stored == null) {
                stored = legs.get(key);
            }
            if (stored != null) {
                leg = legDecoder.deserialize(null, stored);
                recentLegs.put(key, leg);
            }
        }
        return leg;
    }

    /**
     * Drops leg {@code revision} of {@code symbol} once no target that uses it (as its own leg or as
     * its benchmark, listed in the leg's request) will still build that revision: every such target
     * is past it or final. A leg not here is left alone: when it arrives, its own targets decide.
     */
    private void forgetIfUnused(String headlineId, String symbol, int revision) {
        Leg leg = leg(headlineId, symbol, revision);
        if (leg == null) {
            return;
        }
        for (RoutedSymbol user : leg.getRequest().getTargets()) {
            if ((user.getSymbol().equals(symbol) || user.getBenchmark().equals(symbol))
                    && nextRevision(headlineId, user.getSymbol()) <= revision) {
                return;
            }
        }
        String key = legKey(headlineId, symbol, revision);
        recentLegs.remove(key);
        if (unstored.remove(key) == null) {
            legs.delete(key);
        }
    }

    /** Drops the state of every headline published before {@code cutoff}, at most once per hour of stream time. */
    private void purgeIfDue(long cutoff) {
        if (purgedUntil != Long.MIN_VALUE && cutoff - purgedUntil < PURGE_EVERY_MS) {
            return;
        }
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, Integer> it = progress.range(INDEX_MARK, HeadlineIndex.upTo(cutoff))) {
            it.forEachRemaining(kv -> expired.add(kv.key));
        }
        for (String indexKey : expired) {
            String headlineId = HeadlineIndex.headlineId(indexKey);
            if (isSettled(headlineId)) {
                forgetHeadline(headlineId);
                progress.delete(indexKey);
            }
        }
        purgedUntil = cutoff;
    }

    /** Deletes a headline's progress markers, legs and latest reactions. */
    private void forgetHeadline(String headlineId) {
        String prefix = headlineId + SEP;
        List<String> markers = new ArrayList<>();
        try (KeyValueIterator<String, Integer> it = progress.prefixScan(prefix, new StringSerializer())) {
            it.forEachRemaining(kv -> markers.add(kv.key));
        }
        markers.forEach(progress::delete);
        for (ReactionKey key : emittedReactions(headlineId)) {
            latest.delete(key);
            recentReactions.remove(prefix + key.getSymbol());
        }
        List<String> legKeys = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = legs.prefixScan(prefix, new StringSerializer())) {
            it.forEachRemaining((KeyValue<String, byte[]> kv) -> legKeys.add(kv.key));
        }
        legKeys.forEach(legs::delete);
        legKeys.forEach(recentLegs::remove);
        java.util.SortedMap<String, byte[]> waiting = unstored.subMap(prefix, prefix + Character.MAX_VALUE);
        waiting.keySet().forEach(recentLegs::remove);
        waiting.clear();
    }

    /** A map in access order that drops its least recently used entry beyond {@code capacity}. */
    private static <V> Map<String, V> leastRecentlyUsed(int capacity) {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    private static String legKey(String headlineId, String symbol, int revision) {
        String digits = Integer.toString(revision);
        return headlineId + SEP + symbol + SEP + "0000".substring(Math.min(4, digits.length())) + digits;
    }
}
