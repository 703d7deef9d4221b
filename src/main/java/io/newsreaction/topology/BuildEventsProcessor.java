package io.newsreaction.topology;

import io.newsreaction.avro.CohortContribution;
import io.newsreaction.avro.CohortDelta;
import io.newsreaction.avro.CohortKey;
import io.newsreaction.avro.EventMember;
import io.newsreaction.avro.EventPrecision;
import io.newsreaction.avro.EventState;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionEvent;
import io.newsreaction.avro.ReactionEventKey;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.avro.TimePrecision;
import io.newsreaction.reaction.EventWindow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Stage 3, partitioned by symbol: groups each symbol's routed headlines into events (same window
 * start and precision), attaches the members' latest reaction, counts confounders and pre-event
 * news among the symbol's other events, and emits the event record and, per cohort, the exact
 * change of the event's contribution. An event is emitted again whenever its record changes — a
 * member joins, a reaction revision arrives, or a neighbouring event appears — so the latest
 * record per key depends only on the set of inputs, not on their order.
 *
 * <p>State is bounded by the history retention: once the latest window start seen on the partition
 * is more than the retention past an event's start and the event is settled (its reaction final or
 * without a reference, or no member left), the event leaves {@code events-store} (its last record
 * stays on the compacted topic, its contribution stays in its cohorts). An event still waiting for
 * its reaction is never dropped, however far the clock ran ahead (reactions from a stage-1
 * partition lagging in a backlog), so the clock decides when state goes, not what is emitted. A
 * member or reaction for a window that old whose event is no longer stored is dropped and counted,
 * so a settled event cannot start again and count twice in its cohorts.
 */
final class BuildEventsProcessor implements Processor<String, SpecificRecord, SpecificRecord, SpecificRecord> {
    /** The partition's latest window start and purge cutoff, under a key no event key can equal (events start with a symbol). */
    private static final Bytes CLOCK_KEY = Bytes.wrap(new byte[0]);
    private static final long PURGE_EVERY_MS = java.time.Duration.ofDays(1).toMillis();
    private static final Comparator<EventMember> MEMBER_ORDER =
            Comparator.comparing(EventMember::getPublishedAt).thenComparing(EventMember::getHeadlineId);

    private final EventWindow window;
    private final EventAssembler assembler;
    private final Serializer<EventState> stateEncoder;
    private final Deserializer<EventState> stateDecoder;
    private ProcessorContext<SpecificRecord, SpecificRecord> context;
    private KeyValueStore<Bytes, byte[]> events;
    private final long retentionMs;
    private final ReactionMetrics metrics;
    private long latestWindowStart;
    private long purgedUntil;

    BuildEventsProcessor(EventWindow window, EventAssembler assembler, Serde<EventState> stateSerde,
            java.time.Duration retention, ReactionMetrics metrics) {
        this.window = window;
        this.retentionMs = retention.toMillis();
        this.metrics = metrics;
        this.assembler = assembler;
        this.stateEncoder = stateSerde.serializer();
        this.stateDecoder = stateSerde.deserializer();
    }

    @Override
    public void init(ProcessorContext<SpecificRecord, SpecificRecord> context) {
        this.context = context;
        this.events = context.getStateStore(Names.EVENTS_STORE);
        byte[] clock = events.get(CLOCK_KEY);
        java.nio.ByteBuffer stored = clock == null ? null : java.nio.ByteBuffer.wrap(clock);
        this.latestWindowStart = stored == null ? Long.MIN_VALUE : stored.getLong();
        this.purgedUntil = stored == null ? Long.MIN_VALUE : stored.getLong();
    }

    /** False (and counted) for a window older than the last purge whose event is gone; otherwise advances the clock and purges when due. */
    private boolean admit(long windowStart, Bytes key) {
        if (purgedUntil != Long.MIN_VALUE && windowStart < purgedUntil && events.get(key) == null) {
            metrics.expiredEventInput();
            return false;
        }
        if (windowStart > latestWindowStart) {
            latestWindowStart = windowStart;
            long cutoff = latestWindowStart - retentionMs;
            if (purgedUntil == Long.MIN_VALUE || cutoff - purgedUntil >= PURGE_EVERY_MS) {
                purge(cutoff);
            }
            events.put(CLOCK_KEY, java.nio.ByteBuffer.allocate(16).putLong(latestWindowStart).putLong(purgedUntil).array());
        }
        return true;
    }

    private void purge(long cutoff) {
        List<Bytes> expired = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> it = events.all()) {
            while (it.hasNext()) {
                KeyValue<Bytes, byte[]> kv = it.next();
                if (!kv.key.equals(CLOCK_KEY) && EventKeys.windowStart(kv.key) < cutoff
                        && settled(stateDecoder.deserialize(null, kv.value))) {
                    expired.add(kv.key);
                }
            }
        }
        expired.forEach(events::delete);
        purgedUntil = cutoff;
    }

    /**
     * Stores the event's state, or drops it when its window is older than the last purge and it is
     * settled: a purge that ran while the event was still waiting for its reaction (a backlog)
     * would otherwise leave it for good once the clock stops moving.
     */
    private void store(Bytes key, EventState state) {
        if (purgedUntil != Long.MIN_VALUE && EventKeys.windowStart(key) < purgedUntil && settled(state)) {
            events.delete(key);
        } else {
            events.put(key, stateEncoder.serialize(null, state));
        }
    }

    /** No revision of the event can still come: its reaction is final or has no reference, or no member is left. */
    private static boolean settled(EventState state) {
        return state.getMembers().isEmpty()
                || state.getReaction() != null && state.getReaction().getStatus() != ReactionStatus.PROVISIONAL;
    }

    @Override
    public void process(Record<String, SpecificRecord> record) {
        if (record.value() instanceof EventMember member) {
            onMember(member);
        } else if (record.value() instanceof MarketReaction reaction) {
            onReaction(reaction);
        }
    }

    private void onMember(EventMember member) {
        Bytes key = EventKeys.event(member.getSymbol(), member.getWindowStart().toEpochMilli(), member.getPrecision());
        if (!admit(member.getWindowStart().toEpochMilli(), key)) {
            return;
        }
        EventState state = load(key);
        if (member.getRetracted()) {
            leave(member, key, state);
            return;
        }
        List<EventMember> members = new ArrayList<>(state.getMembers());
        boolean existed = !members.isEmpty();
        if (members.contains(member)) {
            return;
        }
        members.removeIf(m -> m.getHeadlineId().equals(member.getHeadlineId()));
        members.add(member);
        members.sort(MEMBER_ORDER);
        state.setMembers(members);
        if (existed) {
            refresh(member.getSymbol(), key, state);
        } else {
            store(key, state);
            refreshAround(member.getSymbol(), member.getWindowStart().toEpochMilli());
        }
    }

    /**
     * A retracted headline leaves its event: the event is derived again from the members left, or,
     * when none is left, tombstoned with its whole contribution taken out of its cohorts, and its
     * neighbours lose it from their confounder counts. The event's reaction stays: every member's
     * reaction for a symbol and window is the same.
     */
    private void leave(EventMember member, Bytes key, EventState state) {
        List<EventMember> members = new ArrayList<>(state.getMembers());
        if (!members.removeIf(m -> m.getHeadlineId().equals(member.getHeadlineId()))) {
            return;
        }
        state.setMembers(members);
        if (!members.isEmpty()) {
            refresh(member.getSymbol(), key, state);
            return;
        }
        long windowStart = member.getWindowStart().toEpochMilli();
        emitDeltas(state.getCohorts(), state.getContribution(), List.of(), null, windowStart);
        if (state.getEmitted() != null) {
            context.forward(new Record<>(new ReactionEventKey(member.getSymbol(), member.getWindowStart(), member.getPrecision()),
                    null, windowStart));
        }
        state.setCohorts(new ArrayList<>());
        state.setContribution(null);
        state.setEmitted(null);
        store(key, state);
        refreshAround(member.getSymbol(), windowStart);
    }

    private void onReaction(MarketReaction reaction) {
        boolean day = reaction.getTimePrecision() == TimePrecision.DAY;
        long windowStart = window.windowStart(reaction.getPublishedAt().toEpochMilli(), day);
        Bytes key = EventKeys.event(reaction.getSymbol(), windowStart, day ? EventPrecision.DAY : EventPrecision.INTRADAY);
        if (!admit(windowStart, key)) {
            return;
        }
        EventState state = load(key);
        if (!supersedes(reaction, state.getReaction())) {
            return;
        }
        state.setReaction(reaction);
        if (state.getMembers().isEmpty()) {
            store(key, state);
        } else {
            refresh(reaction.getSymbol(), key, state);
        }
    }

    /**
     * Members' reactions are equal by construction; the event keeps the most advanced one (a final
     * status over a provisional one, then the higher revision, then the smaller headline id), so
     * which member's revision came last does not matter.
     */
    private static boolean supersedes(MarketReaction candidate, MarketReaction current) {
        if (current == null) {
            return true;
        }
        int byStatus = Boolean.compare(candidate.getStatus() != ReactionStatus.PROVISIONAL,
                current.getStatus() != ReactionStatus.PROVISIONAL);
        if (byStatus != 0) {
            return byStatus > 0;
        }
        if (candidate.getRevision() != current.getRevision()) {
            return candidate.getRevision() > current.getRevision();
        }
        return candidate.getHeadlineId().compareTo(current.getHeadlineId()) < 0;
    }

    /** A new event at {@code windowStart}: re-derives every event of the symbol whose counts it can change. */
    private void refreshAround(String symbol, long windowStart) {
        List<KeyValue<Bytes, EventState>> affected = existing(symbol,
                window.affectedFrom(windowStart), window.affectedUntil(windowStart) - 1);
        for (KeyValue<Bytes, EventState> kv : affected) {
            refresh(symbol, kv.key, kv.value);
        }
    }

    /** Derives the event's record and contribution, emits what changed, and stores the state. */
    private void refresh(String symbol, Bytes key, EventState state) {
        long windowStart = EventKeys.windowStart(key);
        EventPrecision precision = EventKeys.precision(key);
        List<Long> ends = window.horizonEnds(windowStart, precision == EventPrecision.DAY);
        long last = ends.isEmpty() ? windowStart : ends.get(ends.size() - 1);
        List<Long> others = otherStarts(symbol, window.preEventStart(windowStart), last, key);
        ReactionEvent event = assembler.event(symbol, windowStart, precision, state.getMembers(), state.getReaction(), others);
        long ts = windowStart;
        if (!event.equals(state.getEmitted())) {
            state.setEmitted(event);
            context.forward(new Record<>(new ReactionEventKey(symbol, Instant.ofEpochMilli(windowStart), precision), event, ts));
        }
        List<CohortKey> cohorts = EventAssembler.cohorts(event);
        CohortContribution contribution = assembler.contribution(event);
        emitDeltas(state.getCohorts(), state.getContribution(), cohorts, contribution, ts);
        state.setCohorts(cohorts);
        state.setContribution(contribution);
        store(key, state);
    }

    /** Per cohort of the old and new sets: subtract the old contribution, add the new, unless both are equal. */
    private void emitDeltas(List<CohortKey> oldCohorts, CohortContribution old,
            List<CohortKey> newCohorts, CohortContribution current, long ts) {
        Set<CohortKey> all = new LinkedHashSet<>(oldCohorts);
        all.addAll(newCohorts);
        for (CohortKey cohort : all) {
            CohortContribution remove = oldCohorts.contains(cohort) ? old : null;
            CohortContribution add = newCohorts.contains(cohort) ? current : null;
            if (!Objects.equals(remove, add)) {
                context.forward(new Record<>(cohort, new CohortDelta(remove, add), ts));
            }
        }
    }

    /**
     * The window starts of the symbol's events other than {@code self} (with at least one member)
     * that lie in {@code [from, to]}, read from the stored keys without decoding any state: a
     * popular symbol has many events in a window, and every revision of one of them asks for its
     * neighbours.
     */
    private List<Long> otherStarts(String symbol, long from, long to, Bytes self) {
        List<Long> starts = new ArrayList<>();
        for (KeyValue<Bytes, byte[]> kv : withMembers(symbol, from, to)) {
            if (!kv.key.equals(self)) {
                starts.add(EventKeys.windowStart(kv.key));
            }
        }
        return starts;
    }

    /** The symbol's events (with at least one member) whose window starts lie in {@code [from, to]}. */
    private List<KeyValue<Bytes, EventState>> existing(String symbol, long from, long to) {
        List<KeyValue<Bytes, EventState>> found = new ArrayList<>();
        for (KeyValue<Bytes, byte[]> kv : withMembers(symbol, from, to)) {
            found.add(KeyValue.pair(kv.key, stateDecoder.deserialize(null, kv.value)));
        }
        return found;
    }

    /** The stored (still encoded) events of the symbol with at least one member whose window starts lie in {@code [from, to]}. */
    private List<KeyValue<Bytes, byte[]>> withMembers(String symbol, long from, long to) {
        List<KeyValue<Bytes, byte[]>> found = new ArrayList<>();
        if (from > to) {
            return found;
        }
        try (KeyValueIterator<Bytes, byte[]> it = events.range(EventKeys.from(symbol, from), EventKeys.to(symbol, to))) {
            while (it.hasNext()) {
                KeyValue<Bytes, byte[]> kv = it.next();
                if (EventKeys.hasMembers(kv.value)) {
                    found.add(kv);
                }
            }
        }
        return found;
    }

    private EventState load(Bytes key) {
        byte[] stored = events.get(key);
        return stored == null ? new EventState(new ArrayList<>(), null, new ArrayList<>(), null, null)
                : stateDecoder.deserialize(null, stored);
    }
}
