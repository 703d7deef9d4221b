package io.newsreaction.bench;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.HorizonReaction;
import io.newsreaction.avro.Leg;
import io.newsreaction.avro.LegRequest;
import io.newsreaction.reaction.LegCalculator;
import io.newsreaction.reaction.ReactionSettings;
import io.newsreaction.routing.HeadlineRouter;
import io.newsreaction.routing.RoutingSettings;
import io.newsreaction.serde.InternalAvroSerde;
import io.newsreaction.topology.Keys;
import io.newsreaction.topology.ReactionMetrics;
import io.newsreaction.topology.RouteHeadlines;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;

/**
 * State bytes a reaction holds while it is pending, from the real internal serde on the bench's
 * headlines. Stage 1 parks one {@code pending-legs-store} entry (key + {@link LegRequest}) per
 * leg symbol of a headline, shared by its targets; stage 2 keeps a {@link Leg} only while it waits
 * for its partner leg of the same revision, so a reaction holds at most one leg of its own and its
 * share of the benchmark's, the most with revision 0 (carrying the L+1 grid prices). Its latest
 * reaction, in {@code reactions-store} until the retention purge, is not counted. The requests are
 * the product's own fan-out ({@link RouteHeadlines}) and their keys its store layout
 * ({@link Keys#pending}), so the figures follow the topology.
 *
 * @param stageOneBytes bytes per pending reaction in stage 1
 * @param stageTwoBytes legs' bytes per reaction in stage 2 at the most (revision 0 waiting)
 */
record PendingFootprint(double stageOneBytes, double stageTwoBytes) {

    static PendingFootprint of(List<Headline> headlines, RoutingSettings routing, ReactionSettings settings) {
        RouteHeadlines router = new RouteHeadlines(new HeadlineRouter(routing), new LegCalculator(settings), new ReactionMetrics());
        InternalAvroSerde<LegRequest> requests = new InternalAvroSerde<>(LegRequest.class);
        InternalAvroSerde<Leg> legs = new InternalAvroSerde<>(Leg.class);
        long stageOne = 0;
        double stageTwo = 0;
        long targets = 0;
        for (Headline h : headlines) {
            Set<String> targetSymbols = new HashSet<>();
            for (KeyValue<String, LegRequest> routed : router.apply(h.getId(), h)) {
                LegRequest request = routed.value;
                // the first due time is the key's fixed-size prefix: the anchor stands in for it
                Bytes key = Keys.pending(request.getAnchor().toEpochMilli(), request.getSymbol(), request.getHeadlineId());
                stageOne += key.get().length + requests.serializer().serialize(null, request).length;
                stageTwo += legBytes(legs, request, settings);
                request.getTargets().forEach(target -> targetSymbols.add(target.getSymbol()));
            }
            targets += targetSymbols.size();
        }
        return targets == 0 ? new PendingFootprint(0, 0) : new PendingFootprint((double) stageOne / targets, stageTwo / targets);
    }

    /** Bytes of one symbol's revision-0 leg, with its grid prices: the largest a symbol keeps waiting in stage 2. */
    private static double legBytes(InternalAvroSerde<Leg> serde, LegRequest request, ReactionSettings settings) {
        List<Double> grid = new ArrayList<>(Collections.nCopies(settings.estimationLength() + 1, 101.25));
        Leg leg = Leg.newBuilder().setRequest(request).setRevision(0).setNoReference(false)
                .setReferencePrice(101.0).setReferenceTime(request.getAnchor()).setPreEventReturn(0.001)
                .setRunUp(0.01).setDrawdown(-0.01).setHorizon(horizon(request.getAnchor()))
                .setGridPrices(grid).build();
        return 16 + serde.serializer().serialize(null, leg).length;
    }

    private static HorizonReaction horizon(Instant at) {
        return HorizonReaction.newBuilder().setHorizon("PT5M").setEndTime(at).setPrice(101.5).setPriceTime(at)
                .setLogReturn(0.002).setSimpleReturn(0.002).setVolume(12_000L).setVwap(101.4).setTickCount(40)
                .setBenchmarkLogReturn(null).setAbnormalReturn(null).setZScore(null).build();
    }
}
