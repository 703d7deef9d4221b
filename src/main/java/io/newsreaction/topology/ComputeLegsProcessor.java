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
 * Stage 1, partitioned by symbol: keeps each symbol's in-session ticks, the partition's tick time
 * (both in memory, stored before each commit) and the legs waiting for a horizon to become due; emits one {@link Leg} per due horizon,
 * in its internal Avro encoding, keyed by headline id.
 *
 * <p>Tick time is the greatest tick timestamp this partition has processed; headlines never move
 * it. A horizon is due when tick time reaches {@code end_h + grace}. A tick with
 * {@code ts <= tickTime - grace} is late: it is counted and dropped (a tick at a due horizon's end
 * is late, so it can never change a leg already computed). A leg request whose horizons are
 * already due is computed at once from the retained history, so arrival order does not change the
 * output.
 */
final class ComputeLegsProcessor implements Processor<String, SpecificRecord, String, byte[]> {
    private static final String TICK_TIME = "tick-time";
    private static final String PURGED_UNTIL = "purged-until";
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
    private KeyValueStore<String, Long> clock;
    private long tickTime;
    private long storedTickTime;
    // In-memory views of store contents, rebuilt in init() (which Streams calls again after a dirty
    // close): they only save store reads. The pending view mirrors pending-legs-store key for key.
    private final NavigableMap<Bytes, byte[]> pendingView = new TreeMap<>();
    private long nextDue;
    private long purgedUntil;

    ComputeLegsProcessor(ReactionSettings settings, Serde<LegRequest> requestSerde, Serde<Leg> legSerde, ReactionMetrics metrics) {
        this.settings = settings;
        this.calculator = new LegCalculator(settings);
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
        PreCommitStore<String, Long> clockStore = context.getStateStore(Names.TICK_TIME_STORE);
        this.clock = clockStore.store();
        Long stored = clock.get(TICK_TIME);
        this.tickTime = stored == null ? Long.MIN_VALUE : stored;
        this.storedTickTime = tickTime;
        Long purged = clock.get(PURGED_UNTIL);
        this.purgedUntil = purged == null ? Long.MIN_VALUE : purged;
        PreCommitStore<Bytes, byte[]> historyStore = context.getStateStore(Names.PRICE_HISTORY_STORE);
        this.history = new PriceHistoryState(historyStore.store());
        history.load(purgedUntil);
        historyStore.beforeCommit(history::flush);
        clockStore.beforeCommit(this::storeTickTime);
        pendingView.clear();
        try (KeyValueIterator<Bytes, byte[]> it = pending.all()) {
            it.forEachRemaining(kv -> pendingView.put(kv.key, kv.value));
        }
        this.nextDue = earliestPendingDue();
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
            emitDueLegs();
            purgeHistoryIfDue();
        }
    }

    /** Runs before each commit: tick time is kept in memory and stored once per commit. */
    private void storeTickTime() {
        if (tickTime != storedTickTime) {
            clock.put(TICK_TIME, tickTime);
            storedTickTime = tickTime;
        }
    }

    private void onRequest(LegRequest request) {
        request.setNextRevision(0);
        List<Duration> reported = reported(request);
        long due = calculator.dueTime(request.getAnchor().toEpochMilli(), reported.get(0));
        park(request, due);
        emitDueLegs();
    }

    private void park(LegRequest request, long due) {
        Bytes key = Keys.pending(due, request.getSymbol(), request.getHeadlineId());
        byte[] value = requestEncoder.serialize(null, request);
        pending.put(key, value);
        pendingView.put(key, value);
        nextDue = Math.min(nextDue, due);
    }

    /** Due time of the first pending leg, or {@link Long#MAX_VALUE} when none is pending. */
    private long earliestPendingDue() {
        return pendingView.isEmpty() ? Long.MAX_VALUE : Keys.pendingDue(pendingView.firstKey());
    }

    /** Computes every pending leg whose next horizon is due, in (due, symbol, headline) order. */
    private void emitDueLegs() {
        if (tickTime == Long.MIN_VALUE || tickTime < nextDue) {
            return;
        }
        // Copied out first: advance() may park a leg again, into the map being walked.
        List<Map.Entry<Bytes, byte[]>> due = new ArrayList<>();
        pendingView.headMap(Keys.pendingUpTo(tickTime)).forEach((key, value) -> due.add(Map.entry(key, value)));
        for (Map.Entry<Bytes, byte[]> entry : due) {
            pending.delete(entry.getKey());
            pendingView.remove(entry.getKey());
            advance(requestDecoder.deserialize(null, entry.getValue()));
        }
        nextDue = earliestPendingDue();
    }

    /** Emits every due revision of one leg, then parks it under its next due time (if any). */
    private void advance(LegRequest request) {
        List<Duration> reported = reported(request);
        PriceHistory prices = history.history(request.getSymbol());
        int revision = request.getNextRevision();
        while (revision < reported.size()) {
            long due = calculator.dueTime(request.getAnchor().toEpochMilli(), reported.get(revision));
            if (due > tickTime) {
                request.setNextRevision(revision);
                park(request, due);
                return;
            }
            LegValues values = calculator.compute(prices, request.getAnchor().toEpochMilli(), reported, revision);
            forward(request, LegMapper.toLeg(request, revision, values));
            if (values.noReference()) {
                return;
            }
            revision++;
        }
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
        if (purgedUntil != Long.MIN_VALUE && cutoff - purgedUntil < PURGE_EVERY_MS) {
            return;
        }
        history.purge(cutoff);
        clock.put(PURGED_UNTIL, cutoff);
        purgedUntil = cutoff;
    }

    private String position() {
        return context.recordMetadata()
                .map(m -> m.topic() + "-" + m.partition() + "@" + m.offset())
                .orElse("unknown");
    }
}
