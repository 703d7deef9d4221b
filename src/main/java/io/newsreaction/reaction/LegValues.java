package io.newsreaction.reaction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything one symbol contributes to a reaction revision: its reference, pre-event return,
 * run-up and drawdown up to the revision's horizon, that horizon's values and, on revision 0, its
 * prices on the market-model grid. A leg without a reference carries nulls and an empty grid.
 *
 * @param noReference    true when no in-session tick within the reference max age precedes t0
 * @param referencePrice {@code Pref}
 * @param referenceTime  timestamp of the reference tick
 * @param preEventReturn {@code ln(Pref / P(wall(tt(t0) - preEvent)))}, null when that price is missing
 * @param runUp          max of {@code ln(p / Pref)} over ticks in {@code [t0, end_h]}, 0 when none
 * @param drawdown       min of {@code ln(p / Pref)} over the same ticks, 0 when none
 * @param horizon        the revision's horizon values
 * @param gridPrices     {@code P(g_k)} for k = 0..L (null where no price), revision 0 only, else empty
 */
public record LegValues(
        boolean noReference,
        Double referencePrice,
        Long referenceTime,
        Double preEventReturn,
        Double runUp,
        Double drawdown,
        HorizonValues horizon,
        List<Double> gridPrices) {

    public LegValues {
        // List.copyOf rejects nulls, and a missing grid price is a legitimate null.
        gridPrices = gridPrices == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(gridPrices));
    }

    /** The leg of a symbol with no usable reference price. */
    public static LegValues noReferenceLeg() {
        return new LegValues(true, null, null, null, null, null, null, List.of());
    }
}
