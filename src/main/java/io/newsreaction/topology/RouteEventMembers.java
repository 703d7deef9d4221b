package io.newsreaction.topology;

import io.newsreaction.avro.EventMember;
import io.newsreaction.avro.EventPrecision;
import io.newsreaction.avro.Headline;
import io.newsreaction.avro.TimePrecision;
import io.newsreaction.reaction.EventWindow;
import io.newsreaction.routing.HeadlineRouter;
import io.newsreaction.routing.Route;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KeyValueMapper;

/**
 * Turns a headline into one {@link EventMember} per routed target symbol (benchmarks are not
 * members), keyed by that symbol: the same routing as the reaction legs, so every reaction has its
 * member and no member lacks a reaction.
 */
final class RouteEventMembers implements KeyValueMapper<String, Headline, Iterable<KeyValue<String, EventMember>>> {
    private final HeadlineRouter router;
    private final EventWindow window;

    RouteEventMembers(HeadlineRouter router, EventWindow window) {
        this.router = router;
        this.window = window;
    }

    @Override
    public Iterable<KeyValue<String, EventMember>> apply(String key, Headline headline) {
        boolean day = headline.getTimePrecision() == TimePrecision.DAY;
        List<Route> routes = router.route(headline);
        if (routes.isEmpty() || window.horizons(day).isEmpty()) {
            return List.of();
        }
        long windowStart = window.windowStart(headline.getPublishedAt().toEpochMilli(), day);
        Set<String> symbols = new LinkedHashSet<>();
        routes.forEach(r -> symbols.add(r.symbol()));
        List<KeyValue<String, EventMember>> out = new ArrayList<>(symbols.size());
        for (String symbol : symbols) {
            out.add(KeyValue.pair(symbol, member(headline, symbol, windowStart, day)));
        }
        return out;
    }

    private static EventMember member(Headline h, String symbol, long windowStart, boolean day) {
        return EventMember.newBuilder()
                .setHeadlineId(h.getId())
                .setSymbol(symbol)
                .setWindowStart(java.time.Instant.ofEpochMilli(windowStart))
                .setPrecision(day ? EventPrecision.DAY : EventPrecision.INTRADAY)
                .setPublishedAt(h.getPublishedAt())
                .setKind(h.getKind())
                .setActor(h.getActor())
                .setSource(h.getSource())
                .setTitle(h.getTitle())
                .setEntities(h.getEntities())
                .build();
    }
}
