package io.newsreaction.topology;

import io.newsreaction.avro.HorizonReaction;
import io.newsreaction.avro.Leg;
import io.newsreaction.avro.LegRequest;
import io.newsreaction.reaction.HorizonValues;
import io.newsreaction.reaction.LegValues;
import java.time.Instant;
import java.util.List;

/** Maps the pure leg values onto the internal Avro {@link Leg} record. */
final class LegMapper {
    private LegMapper() {
    }

    static Leg toLeg(LegRequest request, int revision, LegValues values) {
        Leg.Builder leg = Leg.newBuilder()
                .setRequest(request)
                .setRevision(revision)
                .setNoReference(values.noReference())
                .setGridPrices(List.of());
        if (values.noReference()) {
            return leg.build();
        }
        return leg.setReferencePrice(values.referencePrice())
                .setReferenceTime(values.referenceTime() == null ? null : Instant.ofEpochMilli(values.referenceTime()))
                .setPreEventReturn(values.preEventReturn())
                .setRunUp(values.runUp())
                .setDrawdown(values.drawdown())
                .setHorizon(toHorizon(values.horizon()))
                .setGridPrices(values.gridPrices() == null ? List.of() : values.gridPrices())
                .build();
    }

    private static HorizonReaction toHorizon(HorizonValues h) {
        return HorizonReaction.newBuilder()
                .setHorizon(h.horizon().toString())
                .setEndTime(Instant.ofEpochMilli(h.endTime()))
                .setPrice(h.price())
                .setPriceTime(Instant.ofEpochMilli(h.priceTime()))
                .setLogReturn(h.logReturn())
                .setSimpleReturn(h.simpleReturn())
                .setVolume(h.volume())
                .setVwap(h.vwap())
                .setTickCount(h.tickCount())
                .build();
    }
}
