package io.newsreaction.topology;

import io.newsreaction.avro.EventMember;
import io.newsreaction.avro.Headline;
import io.newsreaction.avro.HeadlineRetraction;
import io.newsreaction.avro.HeadlineVersion;
import io.newsreaction.avro.LegRequest;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Partitioned by headline id (the headlines topic's key): keeps the latest version of each
 * headline id in {@code headlines-store} and turns each record of the topic into what changed, in
 * log order (DESIGN §8):
 * <ul>
 *   <li>a new headline, or a changed version of one: its leg requests (keyed by symbol) and its
 *       event members (keyed by target symbol);</li>
 *   <li>the same version again: nothing;</li>
 *   <li>a tombstone of a live headline: a {@link HeadlineRetraction} keyed by headline id (stage 2
 *       tombstones its reactions and drops its legs still to come) and a retracted copy of each of
 *       its event members (the events stage takes it out of its events and cohorts); a tombstone
 *       of an id that is unknown, already retracted or forgotten is counted and changes nothing;</li>
 *   <li>a headline published again after a tombstone: a new generation, carried by its leg
 *       requests, so stage 2 can tell its legs from the retracted generation's.</li>
 * </ul>
 *
 * <p>State is bounded by {@code reaction.query-retention} in headline time: the partition's clock
 * is the latest {@code publishedAt} read, never more than {@code reaction.max-future-skew} past the
 * record timestamp (a future-dated headline cannot purge the others), and once a headline was
 * published more than the retention before it, its version leaves the store. A headline that old
 * is dead-lettered rather than routed: its prices may have left stage 1 and its reaction state
 * stage 2, so routing it again could overwrite its reactions with poorer ones. The clock moves in
 * the partition's log order only, so which headlines are refused is a function of the log. A
 * tombstone for a forgotten headline retracts nothing.
 */
final class RouteHeadlinesProcessor implements Processor<String, Headline, String, SpecificRecord> {
    /** The store key of the partition's clock; headline ids and index keys never equal it. */
    private static final String CLOCK_KEY = "\u0002";
    private static final byte[] PRESENT = new byte[0];
    private static final long PURGE_EVERY_MS = Duration.ofHours(1).toMillis();

    private final RouteHeadlines legRouter;
    private final RouteEventMembers memberRouter;
    private final Serializer<HeadlineVersion> versionEncoder;
    private final Deserializer<HeadlineVersion> versionDecoder;
    private final long retentionMs;
    private final long maxFutureSkewMs;
    private final ReactionMetrics metrics;
    private ProcessorContext<String, SpecificRecord> context;
    private KeyValueStore<String, byte[]> versions;
    private long clock;
    private long purgedUntil;

    RouteHeadlinesProcessor(RouteHeadlines legRouter, RouteEventMembers memberRouter, Serde<HeadlineVersion> versionSerde,
            Duration retention, Duration maxFutureSkew, ReactionMetrics metrics) {
        this.legRouter = legRouter;
        this.memberRouter = memberRouter;
        this.versionEncoder = versionSerde.serializer();
        this.versionDecoder = versionSerde.deserializer();
        this.retentionMs = retention.toMillis();
        this.maxFutureSkewMs = maxFutureSkew.toMillis();
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.versions = context.getStateStore(Names.HEADLINES_STORE);
        byte[] stored = versions.get(CLOCK_KEY);
        clock = stored == null ? Long.MIN_VALUE : ByteBuffer.wrap(stored).getLong();
        purgedUntil = Long.MIN_VALUE;
    }

    @Override
    public void process(Record<String, Headline> record) {
        if (record.value() == null) {
            retract(record);
        } else {
            publish(record);
        }
    }

    private void publish(Record<String, Headline> record) {
        Headline headline = record.value();
        String id = headline.getId();
        long published = headline.getPublishedAt().toEpochMilli();
        advanceClock(Math.min(published, record.timestamp() + maxFutureSkewMs));
        if (published < clock - retentionMs) {
            throw new InvalidRecordException("headline " + id + " published " + headline.getPublishedAt()
                    + " is more than reaction.query-retention "
                    + Duration.ofMillis(retentionMs) + " before the latest headline of its partition ("
                    + java.time.Instant.ofEpochMilli(clock) + "): the state it needs may be gone, so it is not routed");
        }
        HeadlineVersion stored = load(id);
        if (stored != null && headline.equals(stored.getHeadline())) {
            return;
        }
        int generation = stored == null ? 0 : stored.getHeadline() == null ? stored.getGeneration() + 1 : stored.getGeneration();
        versions.put(id, versionEncoder.serialize(null, new HeadlineVersion(headline, generation, headline.getPublishedAt())));
        versions.put(HeadlineIndex.key(published, id), PRESENT);
        for (KeyValue<String, LegRequest> request : legRouter.apply(id, headline)) {
            request.value.setGeneration(generation);
            context.forward(record.withKey(request.key).withValue(request.value));
        }
        for (KeyValue<String, EventMember> member : memberRouter.apply(id, headline)) {
            context.forward(record.withKey(member.key).withValue(member.value));
        }
    }

    private void retract(Record<String, Headline> record) {
        String id = record.key();
        if (id == null) {
            throw new InvalidRecordException("headline tombstone has no key: a tombstone names the headline id it retracts in its key");
        }
        HeadlineVersion stored = load(id);
        if (stored == null || stored.getHeadline() == null) {
            metrics.unknownTombstone();
            return;
        }
        Headline retracted = stored.getHeadline();
        metrics.headlineRetracted();
        versions.put(id, versionEncoder.serialize(null, new HeadlineVersion(null, stored.getGeneration(), retracted.getPublishedAt())));
        context.forward(record.withKey(id).withValue(
                new HeadlineRetraction(id, stored.getGeneration(), retracted.getPublishedAt())));
        for (KeyValue<String, EventMember> member : memberRouter.apply(id, retracted)) {
            member.value.setRetracted(true);
            context.forward(record.withKey(member.key).withValue(member.value));
        }
    }

    private void advanceClock(long candidate) {
        if (candidate <= clock) {
            return;
        }
        clock = candidate;
        versions.put(CLOCK_KEY, ByteBuffer.allocate(Long.BYTES).putLong(clock).array());
        long cutoff = clock - retentionMs;
        if (purgedUntil == Long.MIN_VALUE || cutoff - purgedUntil >= PURGE_EVERY_MS) {
            purge(cutoff);
        }
    }

    /** Drops the versions of headlines published before {@code cutoff}, unless a later version moved them. */
    private void purge(long cutoff) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = versions.range(HeadlineIndex.MARK, HeadlineIndex.upTo(cutoff))) {
            it.forEachRemaining(kv -> expired.add(kv.key));
        }
        for (String indexKey : expired) {
            String id = HeadlineIndex.headlineId(indexKey);
            HeadlineVersion stored = load(id);
            if (stored != null && stored.getPublishedAt().toEpochMilli() < cutoff) {
                versions.delete(id);
            }
            versions.delete(indexKey);
        }
        purgedUntil = cutoff;
    }

    private HeadlineVersion load(String id) {
        byte[] stored = versions.get(id);
        return stored == null ? null : versionDecoder.deserialize(null, stored);
    }
}
