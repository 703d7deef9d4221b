package io.newsreaction.topology;

import io.newsreaction.avro.HorizonReaction;
import io.newsreaction.avro.Leg;
import io.newsreaction.avro.LegRequest;
import io.newsreaction.avro.MarketModel;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ModelMethod;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.reaction.EventStudy;
import io.newsreaction.reaction.LegCalculator;
import io.newsreaction.reaction.MarketModelEstimator;
import io.newsreaction.reaction.MarketModelFit;
import io.newsreaction.reaction.ReactionSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link MarketReaction} revision from a target's legs and its benchmark's legs: the
 * market model from both revision-0 estimation grids, then abnormal return and z-score per horizon.
 */
final class ReactionAssembler {
    private final ReactionSettings settings;
    private final LegCalculator calculator;
    private final String settingsHash;

    ReactionAssembler(ReactionSettings settings) {
        this(settings, new LegCalculator(settings));
    }

    ReactionAssembler(ReactionSettings settings, LegCalculator calculator) {
        this.settings = settings;
        this.calculator = calculator;
        this.settingsHash = settings.settingsHash();
    }

    MarketReaction noReference(Leg leg, String benchmark) {
        return header(leg.getRequest(), benchmark)
                .setStatus(ReactionStatus.NO_REFERENCE)
                .setRevision(0)
                .setHorizons(List.of())
                .build();
    }

    /** The market model of a target from its and its benchmark's revision-0 estimation grids. */
    MarketModelFit fit(Leg ownFirst, Leg benchmarkFirst) {
        return MarketModelEstimator.fit(ownFirst.getGridPrices(), benchmarkFirst.getGridPrices(), settings.minObservations());
    }

    /**
     * @param own            the target's legs 0..r
     * @param benchmark      the benchmark symbol
     * @param benchmarkLegs  the benchmark's legs 0..r, or null when it has no reference price
     * @param fit            {@link #fit} of both revision-0 legs, null exactly when {@code benchmarkLegs} is
     */
    MarketReaction assemble(List<Leg> own, String benchmark, List<Leg> benchmarkLegs, MarketModelFit fit) {
        Leg first = own.get(0);
        Leg latest = own.get(own.size() - 1);
        int revision = own.size() - 1;
        List<Duration> reported = calculator.reportedHorizons(
                first.getRequest().getTimePrecision() == io.newsreaction.avro.TimePrecision.DAY);
        List<HorizonReaction> horizons = new ArrayList<>(own.size());
        for (int r = 0; r <= revision; r++) {
            horizons.add(horizon(own.get(r), benchmarkLegs == null ? null : benchmarkLegs.get(r), fit, reported.get(r)));
        }
        return header(first.getRequest(), benchmark)
                .setStatus(revision == reported.size() - 1 ? ReactionStatus.FINAL : ReactionStatus.PROVISIONAL)
                .setRevision(revision)
                .setReferencePrice(first.getReferencePrice())
                .setReferenceTime(first.getReferenceTime())
                .setPreEventReturn(first.getPreEventReturn())
                .setRunUp(latest.getRunUp())
                .setDrawdown(latest.getDrawdown())
                .setMarketModel(fit == null ? null : model(fit))
                .setHorizons(horizons)
                .build();
    }

    /**
     * Revision {@code r + 1} from revision {@code r} (the latest emitted) and both legs {@code r + 1}:
     * the same record as {@link #assemble} over legs 0..r+1 gives, because every value but the new
     * horizon, run-up, drawdown, revision and status comes from revision 0, and the market model
     * is the one revision 0 reported.
     *
     * @param previous the target's latest reaction, {@code PROVISIONAL}
     * @param own      the target's next leg
     * @param bench    the benchmark's next leg; ignored when {@code previous} has no market model
     */
    MarketReaction next(MarketReaction previous, Leg own, Leg bench) {
        int revision = previous.getRevision() + 1;
        List<Duration> reported = calculator.reportedHorizons(previous.getTimePrecision() == io.newsreaction.avro.TimePrecision.DAY);
        MarketModelFit fit = fit(previous.getMarketModel());
        List<HorizonReaction> horizons = new ArrayList<>(revision + 1);
        horizons.addAll(previous.getHorizons());
        horizons.add(horizon(own, fit == null ? null : bench, fit, reported.get(revision)));
        return MarketReaction.newBuilder(previous)
                .setStatus(revision == reported.size() - 1 ? ReactionStatus.FINAL : ReactionStatus.PROVISIONAL)
                .setRevision(revision)
                .setRunUp(own.getRunUp())
                .setDrawdown(own.getDrawdown())
                .setHorizons(horizons)
                .build();
    }

    /** The fit a reaction reports, or null when it has none (the benchmark had no reference price). */
    private static MarketModelFit fit(MarketModel model) {
        if (model == null) {
            return null;
        }
        MarketModelFit.Method method = model.getMethod() == ModelMethod.MARKET_MODEL
                ? MarketModelFit.Method.MARKET_MODEL : MarketModelFit.Method.MARKET_ADJUSTED;
        return new MarketModelFit(method, model.getAlpha(), model.getBeta(), model.getSigma(), model.getObservations());
    }

    private HorizonReaction horizon(Leg own, Leg bench, MarketModelFit fit, Duration h) {
        HorizonReaction source = own.getHorizon();
        HorizonReaction.Builder out = HorizonReaction.newBuilder(source);
        if (bench == null || fit == null) {
            return out.setBenchmarkLogReturn(null).setAbnormalReturn(null).setZScore(null).build();
        }
        double rb = bench.getHorizon().getLogReturn();
        double ar = EventStudy.abnormalReturn(fit, source.getLogReturn(), rb, h, settings.estimationInterval());
        return out.setBenchmarkLogReturn(rb)
                .setAbnormalReturn(ar)
                .setZScore(EventStudy.zScore(fit, ar, h, settings.estimationInterval()))
                .build();
    }

    private static MarketModel model(MarketModelFit fit) {
        return MarketModel.newBuilder()
                .setMethod(fit.method() == MarketModelFit.Method.MARKET_MODEL ? ModelMethod.MARKET_MODEL : ModelMethod.MARKET_ADJUSTED)
                .setAlpha(fit.alpha())
                .setBeta(fit.beta())
                .setSigma(fit.sigma())
                .setObservations(fit.observations())
                .build();
    }

    private MarketReaction.Builder header(LegRequest request, String benchmark) {
        return MarketReaction.newBuilder()
                .setHeadlineId(request.getHeadlineId())
                .setSymbol(request.getSymbol())
                .setKind(request.getKind())
                .setActor(request.getActor())
                .setTitle(request.getTitle())
                .setPublishedAt(request.getPublishedAt())
                .setTimePrecision(request.getTimePrecision())
                .setBenchmark(benchmark)
                .setSettingsHash(settingsHash);
    }
}
