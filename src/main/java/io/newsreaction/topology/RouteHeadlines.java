package io.newsreaction.topology;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.LegRequest;
import io.newsreaction.avro.RoutedSymbol;
import io.newsreaction.avro.TimePrecision;
import io.newsreaction.reaction.LegCalculator;
import io.newsreaction.routing.HeadlineRouter;
import io.newsreaction.routing.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KeyValueMapper;

/**
 * Fans a headline out to one {@link LegRequest} per routed symbol and per benchmark, keyed by that
 * symbol. A request carries the targets that use its leg (the target of that symbol, and those
 * benchmarked against it), which is all stage 2 needs to pair legs and to know when a leg is no
 * longer needed; so a headline's requests together carry each target at most twice, not once per
 * leg.
 *
 * <p>Public so the bench measures the state of the requests the product really fans out.
 */
public final class RouteHeadlines implements KeyValueMapper<String, Headline, Iterable<KeyValue<String, LegRequest>>> {
    private final HeadlineRouter router;
    private final LegCalculator calculator;
    private final ReactionMetrics metrics;

    public RouteHeadlines(HeadlineRouter router, LegCalculator calculator, ReactionMetrics metrics) {
        this.router = router;
        this.calculator = calculator;
        this.metrics = metrics;
    }

    @Override
    public Iterable<KeyValue<String, LegRequest>> apply(String key, Headline headline) {
        List<Route> routes = router.route(headline);
        boolean day = headline.getTimePrecision() == TimePrecision.DAY;
        if (routes.isEmpty() || calculator.reportedHorizons(day).isEmpty()) {
            metrics.headlineUnrouted();
            return List.of();
        }
        metrics.headlineRouted();
        List<RoutedSymbol> targets = new ArrayList<>(routes.size());
        TreeSet<String> legSymbols = new TreeSet<>();
        for (Route route : routes) {
            targets.add(new RoutedSymbol(route.symbol(), route.benchmark()));
            legSymbols.add(route.symbol());
            legSymbols.add(route.benchmark());
        }
        long anchor = calculator.anchor(headline.getPublishedAt().toEpochMilli(), day);
        List<KeyValue<String, LegRequest>> out = new ArrayList<>(legSymbols.size());
        for (String symbol : legSymbols) {
            out.add(KeyValue.pair(symbol, request(headline, symbol, anchor, usersOf(symbol, targets), legSymbols.size())));
        }
        return out;
    }

    /** The targets whose reaction needs the leg of {@code symbol}, in routing order. */
    static List<RoutedSymbol> usersOf(String symbol, List<RoutedSymbol> targets) {
        List<RoutedSymbol> users = new ArrayList<>();
        for (RoutedSymbol target : targets) {
            if (target.getSymbol().equals(symbol) || target.getBenchmark().equals(symbol)) {
                users.add(target);
            }
        }
        return users;
    }

    private static LegRequest request(Headline h, String symbol, long anchor, List<RoutedSymbol> targets, int legSymbols) {
        return LegRequest.newBuilder()
                .setHeadlineId(h.getId())
                .setSymbol(symbol)
                .setKind(h.getKind())
                .setActor(h.getActor())
                .setTitle(h.getTitle())
                .setPublishedAt(h.getPublishedAt())
                .setTimePrecision(h.getTimePrecision())
                .setAnchor(java.time.Instant.ofEpochMilli(anchor))
                .setTargets(targets)
                .setNextRevision(0)
                .setLegSymbols(legSymbols)
                .build();
    }
}
