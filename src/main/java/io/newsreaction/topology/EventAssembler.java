package io.newsreaction.topology;

import io.newsreaction.avro.CohortContribution;
import io.newsreaction.avro.CohortDimension;
import io.newsreaction.avro.CohortKey;
import io.newsreaction.avro.EventHorizon;
import io.newsreaction.avro.EventMember;
import io.newsreaction.avro.EventPrecision;
import io.newsreaction.avro.HorizonContribution;
import io.newsreaction.avro.HorizonReaction;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionEvent;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.reaction.EventWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds an event's record (DESIGN §7) from its members, its members' latest reaction and the
 * window starts of the symbol's other events, and what it contributes to its cohorts. Reaction
 * values are taken as they are, never recomputed.
 */
final class EventAssembler {
    static final String ALL_VALUE = "*";

    private final EventWindow window;
    private final List<Duration> configured;

    EventAssembler(EventWindow window, List<Duration> configured) {
        this.window = window;
        this.configured = List.copyOf(configured);
    }

    /**
     * The event record. {@code others} holds the window starts of the symbol's other events that
     * lie in {@code [preEventStart, last horizon end]}.
     */
    ReactionEvent event(String symbol, long windowStart, EventPrecision precision,
            List<EventMember> members, MarketReaction reaction, List<Long> others) {
        boolean day = precision == EventPrecision.DAY;
        List<Duration> horizons = window.horizons(day);
        List<Long> ends = window.horizonEnds(windowStart, day);
        long preStart = window.preEventStart(windowStart);
        Map<String, HorizonReaction> values = new HashMap<>();
        if (reaction != null) {
            reaction.getHorizons().forEach(h -> values.put(h.getHorizon(), h));
        }
        List<EventHorizon> out = new ArrayList<>(horizons.size());
        for (int i = 0; i < horizons.size(); i++) {
            String name = horizons.get(i).toString();
            HorizonReaction v = values.get(name);
            out.add(EventHorizon.newBuilder()
                    .setHorizon(name)
                    .setEndTime(Instant.ofEpochMilli(ends.get(i)))
                    .setSimpleReturn(v == null ? null : v.getSimpleReturn())
                    .setLogReturn(v == null ? null : v.getLogReturn())
                    .setAbnormalReturn(v == null ? null : v.getAbnormalReturn())
                    .setZScore(v == null ? null : v.getZScore())
                    .setConfounders(count(others, windowStart, ends.get(i)))
                    .build());
        }
        EventMember lead = members.get(0);
        return ReactionEvent.newBuilder()
                .setSymbol(symbol)
                .setWindowStart(Instant.ofEpochMilli(windowStart))
                .setPrecision(precision)
                .setHeadlineIds(members.stream().map(EventMember::getHeadlineId).toList())
                .setLeadHeadlineId(lead.getHeadlineId())
                .setLeadTitle(lead.getTitle())
                .setHeadlineCount(members.size())
                .setKinds(distinct(members, m -> List.of(m.getKind().name())))
                .setActors(distinct(members, m -> m.getActor() == null ? List.of() : List.of(m.getActor())))
                .setSources(distinct(members, m -> List.of(m.getSource())))
                .setEntities(distinct(members, EventMember::getEntities))
                .setStatus(reaction == null ? null : reaction.getStatus())
                .setRevision(reaction == null ? null : reaction.getRevision())
                .setBenchmark(reaction == null ? null : reaction.getBenchmark())
                .setReferencePrice(reaction == null ? null : reaction.getReferencePrice())
                .setObservations(reaction == null || reaction.getMarketModel() == null ? null
                        : reaction.getMarketModel().getObservations())
                .setPreEventNews(count(others, preStart, windowStart - 1))
                .setHorizons(out)
                .setSettingsHash(reaction == null ? null : reaction.getSettingsHash())
                .build();
    }

    /** The cohorts an event belongs to, in a fixed order: ALL, SYMBOL, then each kind, actor, source and entity. */
    static List<CohortKey> cohorts(ReactionEvent event) {
        List<CohortKey> keys = new ArrayList<>();
        keys.add(new CohortKey(CohortDimension.ALL, ALL_VALUE));
        keys.add(new CohortKey(CohortDimension.SYMBOL, event.getSymbol()));
        event.getKinds().forEach(v -> keys.add(new CohortKey(CohortDimension.KIND, v)));
        event.getActors().forEach(v -> keys.add(new CohortKey(CohortDimension.ACTOR, v)));
        event.getSources().forEach(v -> keys.add(new CohortKey(CohortDimension.SOURCE, v)));
        event.getEntities().forEach(v -> keys.add(new CohortKey(CohortDimension.ENTITY, v)));
        return keys;
    }

    /**
     * What the event adds to each of its cohorts at every configured horizon: its abnormal return,
     * SAR and model observations once FINAL, and whether it is unconfounded there.
     */
    CohortContribution contribution(ReactionEvent event) {
        Map<String, EventHorizon> reported = new HashMap<>();
        event.getHorizons().forEach(h -> reported.put(h.getHorizon(), h));
        boolean usable = event.getStatus() == ReactionStatus.FINAL;
        List<HorizonContribution> out = new ArrayList<>(configured.size());
        for (Duration h : configured) {
            EventHorizon e = reported.get(h.toString());
            boolean counted = usable && e != null && e.getAbnormalReturn() != null;
            out.add(HorizonContribution.newBuilder()
                    .setAbnormalReturn(counted ? e.getAbnormalReturn() : null)
                    .setZScore(counted ? e.getZScore() : null)
                    .setObservations(counted ? event.getObservations() : null)
                    .setClean(counted && e.getConfounders() == 0)
                    .build());
        }
        return new CohortContribution(out);
    }

    private static int count(List<Long> starts, long from, long to) {
        int n = 0;
        for (long s : starts) {
            if (s >= from && s <= to) {
                n++;
            }
        }
        return n;
    }

    private static List<String> distinct(List<EventMember> members, java.util.function.Function<EventMember, List<String>> values) {
        TreeSet<String> set = new TreeSet<>();
        members.forEach(m -> set.addAll(values.apply(m)));
        return List.copyOf(set);
    }
}
