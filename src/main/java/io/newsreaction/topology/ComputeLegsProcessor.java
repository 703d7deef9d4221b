package io.newsreaction.topology;

import io.newsreaction.avro.Leg;
import io.newsreaction.avro.LegRequest;
import io.newsreaction.avro.Tick;
import io.newsreaction.avro.TimePrecision;
import io.newsreaction.reaction.LegCalculator;
import io.newsreaction.reaction.LegValues;
import io.newsreaction.reaction.PriceHistory;
import io.newsreaction.reaction.ReactionSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Stage 1, partitioned by symbol: keeps each symbol's in-session ticks and the partition's tick time
 * (both in memory, stored before each commit in {@code price-history-store}) and the legs waiting for a
 * horizon to become due; emits one {@link Leg} per due horizon, in its internal Avro encoding, keyed by
 * headline id.
 *
 * <p>Tick time is the greatest tick timestamp this partition has processed; headlines never move
 * it. A horizon is due when tick time reaches {@code end_h + grace}. A tick with
 * {@code ts <= tickTime - grace} is late: it is counted and dropped (a tick at a due horizon's end
 * is late, so it can never change a leg already computed). A leg request whose horizons are
 * already due is computed at once from the retained history, so arrival order does not change the
 * output.
 */
final class ComputeLegsProcessor implements Processor<String, SpecificRecord, String, byte[]> {
    private static final long PURGE_EVERY_MS = Duration.ofHours(1).toMillis();

    private final ReactionSettings settings;
    private final LegCalculator calculator;
    private final Serializer<LegRequest> requestEncoder;
    private final Deserializer<LegRequest> requestDecoder;
    private final Serializer<Leg> legEncoder;
    private final ReactionMetrics metrics;
    private final long graceMs;
    private final long retentionMs;

    private ProcessorContext<String, byte[]> context;
    private PriceHistoryState history;
    private KeyValueStore<Bytes, byte[]> pending;
    private long tickTime;
    // Memory views of pending-legs-store, rebuilt in init() (which Streams calls again after a dirty
    // close): every pending leg by its next due time, and by its store key.
    private final NavigableMap<Bytes, PendingLeg> dueIndex = new TreeMap<>();
    private final Map<Bytes, PendingLeg> byStoreKey = new HashMap<>();
    private long nextDue;

    /** A leg with horizons still to come: its request, its reported horizons, its next revision and its due-index key. */
    private static final class PendingLeg {
        final Bytes storeKey;
        final LegRequest request;
        final List<Duration> reported;
        final long anchor;
        int next;
        Bytes dueKey;
        boolean stored;
        private LegRequest later;

        PendingLeg(Bytes storeKey, LegRequest request, List<Duration> reported) {
            this.storeKey = storeKey;
            this.request = request;
            this.reported = reported;
            this.anchor = request.getAnchor().toEpochMilli();
        }

        /**
         * The request a leg of this revision carries: the whole one with revision 0, which stage 2
         * builds a reaction's headline fields from; without the headline's actor and title after it.
         */
        LegRequest requestOf(int revision) {
            if (revision == 0) {
                return request;
            }
            if (later == null) {
                later = LegRequest.newBuilder(request).setActor(null).setTitle("").build();
            }
            return later;
        }
    }

    ComputeLegsProcessor(ReactionSettings settings, LegCalculator calculator, Serde<LegRequest> requestSerde, Serde<Leg> legSerde,
            ReactionMetrics metrics) {
        this.settings = settings;
        this.calculator = calculator;
        this.requestEncoder = requestSerde.serializer();
        this.requestDecoder = requestSerde.deserializer();
        this.legEncoder = legSerde.serializer();
        this.metrics = metrics;
        this.graceMs = settings.grace().toMillis();
        this.retentionMs = settings.historyRetention().toMillis();
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.pending = context.getStateStore(Names.PENDING_LEGS_STORE);
        PreCommitStore<Bytes, byte[]> historyStore = context.getStateStore(Names.PRICE_HISTORY_STORE);
        this.history = new PriceHistoryState(historyStore.store());
        history.load();
        historyStore.beforeCommit(history::flush);
        this.tickTime = history.tickTime();
        dueIndex.clear();
        byStoreKey.clear();
        try (KeyValueIterator<Bytes, byte[]> it = pending.all()) {
            // the next revision of a stored leg is its first one not yet due: every due one was emitted before the commit
            it.forEachRemaining(kv -> restore(kv.key, requestDecoder.deserialize(null, kv.value)));
        }
        this.nextDue = earliestPendingDue();
    }

    private void restore(Bytes storeKey, LegRequest request) {
        PendingLeg leg = new PendingLeg(storeKey, request, reported(request));
        leg.stored = true;
        while (leg.next < leg.reported.size() && due(leg, leg.next) <= tickTime) {
            leg.next++;
        }
        index(leg);
    }

    @Override
    public void process(Record<String, SpecificRecord> record) {
        if (record.value() instanceof Tick tick) {
            onTick(tick);
        } else if (record.value() instanceof LegRequest request) {
            onRequest(request);
        }
    }

    private void onTick(Tick tick) {
        long ts = tick.getTs().toEpochMilli();
        if (tickTime != Long.MIN_VALUE && ts <= tickTime - graceMs) {
            metrics.lateTick(position());
            return;
        }
        if (settings.calendar().isInSession(ts)) {
            history.add(tick.getSymbol(), ts, tick.getPrice(), tick.getSize());
        } else {
            metrics.outOfSessionTick();
        }
        if (ts > tickTime) {
            tickTime = ts;
            history.advanceTickTime(ts);
            emitDueLegs();
            purgeHistoryIfDue();
        }
    }

    /**
     * Computes the request's due revisions at once; a leg with horizons still to come is written to
     * pending-legs-store once (replacing a leg of the same headline id, symbol and first due time)
     * and stays in memory until its last revision.
     */
    private void onRequest(LegRequest request) {
        request.setNextRevision(0);
        List<Duration> reported = reported(request);
        long firstDue = calculator.dueTime(request.getAnchor().toEpochMilli(), reported.get(0));
        Bytes storeKey = Keys.pending(firstDue, request.getSymbol(), request.getHeadlineId());
        PendingLeg leg = new PendingLeg(storeKey, request, reported);
        PendingLeg replaced = byStoreKey.remove(storeKey);
        if (replaced != null) {
            dueIndex.remove(replaced.dueKey);
            leg.stored = replaced.stored;
        }
        index(leg);
        emitDueLegs();
        if (byStoreKey.get(storeKey) == leg) {
            pending.put(storeKey, requestEncoder.serialize(null, request));
            leg.stored = true;
        }
    }

    private long due(PendingLeg leg, int revision) {
        return calculator.dueTime(leg.anchor, leg.reported.get(revision));
    }

    /** Puts a leg with a revision still to come into the due index under its next due time. */
    private void index(PendingLeg leg) {
        if (leg.next >= leg.reported.size()) {
            finish(leg);
            return;
        }
        long due = due(leg, leg.next);
        leg.dueKey = Keys.due(due, leg.request.getSymbol(), leg.request.getHeadlineId(), Keys.dueOf(leg.storeKey));
        dueIndex.put(leg.dueKey, leg);
        byStoreKey.put(leg.storeKey, leg);
        nextDue = Math.min(nextDue, due);
    }

    /** Forgets a leg whose last revision went out, deleting it from the store if it was written there. */
    private void finish(PendingLeg leg) {
        byStoreKey.remove(leg.storeKey, leg);
        if (leg.stored) {
            pending.delete(leg.storeKey);
        }
    }

    /** Due time of the first pending leg, or {@link Long#MAX_VALUE} when none is pending. */
    private long earliestPendingDue() {
        return dueIndex.isEmpty() ? Long.MAX_VALUE : Keys.dueOf(dueIndex.firstKey());
    }

    /** Computes every pending leg whose next horizon is due, in (due, symbol, headline) order. */
    private void emitDueLegs() {
        if (tickTime == Long.MIN_VALUE || tickTime < nextDue) {
            return;
        }
        // Copied out first: advance() puts a leg back, into the map being walked.
        List<PendingLeg> due = new ArrayList<>(dueIndex.headMap(Keys.dueUpTo(tickTime)).values());
        for (PendingLeg leg : due) {
            dueIndex.remove(leg.dueKey);
            advance(leg);
        }
        nextDue = earliestPendingDue();
    }

    /** Emits every due revision of one leg, then indexes it under its next due time (if any). */
    private void advance(PendingLeg leg) {
        PriceHistory prices = history.history(leg.request.getSymbol());
        while (leg.next < leg.reported.size() && due(leg, leg.next) <= tickTime) {
            LegValues values = calculator.compute(prices, leg.anchor, leg.reported, leg.next);
            forward(leg.request, LegMapper.toLeg(leg.requestOf(leg.next), leg.next, values));
            if (values.noReference()) {
                leg.next = leg.reported.size();
                break;
            }
            leg.next++;
        }
        index(leg);
    }

    private void forward(LegRequest request, Leg leg) {
        metrics.legComputed();
        byte[] encoded = legEncoder.serialize(null, leg);
        context.forward(new Record<>(request.getHeadlineId(), encoded, request.getPublishedAt().toEpochMilli()));
    }

    private List<Duration> reported(LegRequest request) {
        return calculator.reportedHorizons(request.getTimePrecision() == TimePrecision.DAY);
    }

    /** Drops ticks older than the retention, at most once per hour of tick time. */
    private void purgeHistoryIfDue() {
        long cutoff = tickTime - retentionMs;
        long purgedUntil = history.purgedUntil();
        if (purgedUntil != Long.MIN_VALUE && cutoff - purgedUntil < PURGE_EVERY_MS) {
            return;
        }
        history.purge(cutoff);
    }

    private String position() {
        return context.recordMetadata()
                .map(m -> m.topic() + "-" + m.partition() + "@" + m.offset())
                .orElse("unknown");
    }
}
