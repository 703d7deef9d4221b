package io.newsreaction.topology;

import io.newsreaction.avro.BlockSums;
import io.newsreaction.avro.CohortAccumulator;
import io.newsreaction.avro.CohortBlock;
import io.newsreaction.avro.CohortContribution;
import io.newsreaction.avro.CohortDelta;
import io.newsreaction.avro.CohortHorizon;
import io.newsreaction.avro.CohortKey;
import io.newsreaction.avro.CohortStats;
import io.newsreaction.avro.HorizonContribution;
import io.newsreaction.avro.HorizonSums;
import io.newsreaction.reaction.CohortStatistics;
import io.newsreaction.reaction.CohortSums;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.streams.kstream.Aggregator;

/**
 * Folds the events' contribution changes into each cohort's exact sums (O(1) per cohort: one
 * block of sums per horizon for {@code all} and one for {@code clean}), and turns the sums into the
 * published {@link CohortStats}.
 */
final class CohortAggregator implements Aggregator<CohortKey, CohortDelta, CohortAccumulator> {
    private static final int RECENT_BLOCKS = 4096;

    private final List<Duration> horizons;
    // Statistics by the sums they were computed from, least recently used first out. Synchronized:
    // one aggregator serves every stream thread. A published block is never changed after it is
    // built, so records may share one.
    private final Map<BlockSums, CohortBlock> recentBlocks = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<BlockSums, CohortBlock> eldest) {
            return size() > RECENT_BLOCKS;
        }
    });

    CohortAggregator(List<Duration> horizons) {
        this.horizons = List.copyOf(horizons);
    }

    CohortAccumulator empty() {
        List<HorizonSums> sums = new ArrayList<>(horizons.size());
        for (int i = 0; i < horizons.size(); i++) {
            sums.add(new HorizonSums(store(new CohortSums()), store(new CohortSums())));
        }
        return new CohortAccumulator(0L, sums);
    }

    @Override
    public CohortAccumulator apply(CohortKey key, CohortDelta delta, CohortAccumulator accumulator) {
        long events = accumulator.getEvents();
        List<HorizonSums> out = new ArrayList<>(horizons.size());
        for (int i = 0; i < horizons.size(); i++) {
            HorizonSums in = accumulator.getHorizons().get(i);
            if (unchangedAt(delta, i)) {
                // subtracting and adding the same values would give the same exact sums
                out.add(in);
                continue;
            }
            CohortSums all = load(in.getAll());
            CohortSums clean = load(in.getClean());
            apply(delta.getRemove(), i, all, clean, false);
            apply(delta.getAdd(), i, all, clean, true);
            out.add(new HorizonSums(store(all), store(clean)));
        }
        events += (delta.getAdd() == null ? 0 : 1) - (delta.getRemove() == null ? 0 : 1);
        return new CohortAccumulator(events, out);
    }

    /** True when the delta changes no sum of horizon {@code i}: it adds what it removes there, or touches it not at all. */
    private static boolean unchangedAt(CohortDelta delta, int i) {
        HorizonContribution removed = counted(delta.getRemove(), i);
        HorizonContribution added = counted(delta.getAdd(), i);
        return Objects.equals(removed, added);
    }

    /** The contribution's horizon {@code i} if it enters the sums (it has an abnormal return), else null. */
    private static HorizonContribution counted(CohortContribution contribution, int i) {
        if (contribution == null) {
            return null;
        }
        HorizonContribution h = contribution.getHorizons().get(i);
        return h.getAbnormalReturn() == null ? null : h;
    }

    private static void apply(CohortContribution contribution, int i, CohortSums all, CohortSums clean, boolean add) {
        if (contribution == null) {
            return;
        }
        HorizonContribution h = contribution.getHorizons().get(i);
        if (h.getAbnormalReturn() == null) {
            return;
        }
        apply(all, h, add);
        if (h.getClean()) {
            apply(clean, h, add);
        }
    }

    private static void apply(CohortSums sums, HorizonContribution h, boolean add) {
        if (add) {
            sums.add(h.getAbnormalReturn(), h.getZScore(), h.getObservations());
        } else {
            sums.subtract(h.getAbnormalReturn(), h.getZScore(), h.getObservations());
        }
    }

    /** The published record, or null (a tombstone) once the cohort has no event left. */
    CohortStats stats(CohortKey key, CohortAccumulator accumulator) {
        if (accumulator.getEvents() == 0) {
            return null;
        }
        List<CohortHorizon> out = new ArrayList<>(horizons.size());
        for (int i = 0; i < horizons.size(); i++) {
            HorizonSums sums = accumulator.getHorizons().get(i);
            out.add(new CohortHorizon(horizons.get(i).toString(), block(sums.getAll()), block(sums.getClean())));
        }
        return new CohortStats(key.getDimension(), key.getValue(), accumulator.getEvents(), out);
    }

    /**
     * A block's statistics, from memory when the same sums were seen lately: most changes of a
     * cohort leave most of its blocks as they were, and the statistics are a function of the sums
     * alone (exact decimal square roots and quotients, the costliest part of a cohort's update).
     */
    private CohortBlock block(BlockSums sums) {
        CohortBlock block = recentBlocks.get(sums);
        if (block == null) {
            block = block(load(sums));
            recentBlocks.put(sums, block);
        }
        return block;
    }

    private static CohortBlock block(CohortSums sums) {
        CohortStatistics s = sums.statistics();
        return new CohortBlock(s.n(), s.meanAbnormalReturn(), s.sdAbnormalReturn(), s.tCrossSectional(),
                s.positive(), s.signZ(), s.nStandardized(), s.patellZ(), s.bmpT());
    }

    private static CohortSums load(BlockSums b) {
        return new CohortSums(b.getN(), b.getPositive(), decimal(b.getSumAr()), decimal(b.getSumArSquared()),
                b.getK(), decimal(b.getSumSar()), decimal(b.getSumSarSquared()), decimal(b.getSumPatellVariance()));
    }

    private static BlockSums store(CohortSums s) {
        return new BlockSums(s.n(), s.positive(), bytes(s.sumAr()), bytes(s.sumArSquared()),
                s.standardized(), bytes(s.sumSar()), bytes(s.sumSarSquared()), bytes(s.sumPatellVariance()));
    }

    /** Exact and compact (binary, not decimal text, which costs quadratic time to print and parse): scale, then unscaled value. */
    static ByteBuffer bytes(BigDecimal value) {
        byte[] unscaled = value.unscaledValue().toByteArray();
        return ByteBuffer.allocate(4 + unscaled.length).putInt(value.scale()).put(unscaled).flip();
    }

    static BigDecimal decimal(ByteBuffer stored) {
        ByteBuffer b = stored.duplicate();
        int scale = b.getInt();
        byte[] unscaled = new byte[b.remaining()];
        b.get(unscaled);
        return new BigDecimal(new BigInteger(unscaled), scale);
    }
}
