package io.newsreaction.replay;

import io.newsreaction.avro.EventPrecision;
import io.newsreaction.avro.ReactionEvent;
import io.newsreaction.reaction.EventWindow;
import io.newsreaction.serde.InternalAvroSerde;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Compares the events a replay reproduced with the live topic's, for the events wholly inside the
 * replayed range: an event is compared when every headline that can change its record was
 * replayed. That holds when its pre-event window starts after the first window start the range
 * reaches (so its own members, its pre-event news and every event in its horizons were published
 * inside the range) and its last horizon ends by the range's end. Identical means equal Avro
 * binary encodings.
 */
final class EventComparison {
    private static final Serializer<ReactionEvent> BINARY = new InternalAvroSerde<>(ReactionEvent.class).serializer();
    private static final Comparator<ReactionEvent> ORDER = Comparator.comparing(ReactionEvent::getWindowStart)
            .thenComparing(ReactionEvent::getSymbol).thenComparing(ReactionEvent::getPrecision);

    /** The outcome over the events inside the range, each list in window order. */
    record Result(int identical, List<ReactionEvent> different, List<ReactionEvent> onlyLive, List<ReactionEvent> onlyReplay,
            int outside) {

        boolean allIdentical() {
            return different.isEmpty() && onlyLive.isEmpty() && onlyReplay.isEmpty();
        }

        String render(int limit) {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "%d identical, %d different, %d only in live, %d only in replay (%d events at the range's edges not compared)%n",
                    identical, different.size(), onlyLive.size(), onlyReplay.size(), outside));
            different.stream().limit(limit).forEach(e -> out.append("  different: ").append(describe(e)).append('\n'));
            onlyLive.stream().limit(limit).forEach(e -> out.append("  only in live: ").append(describe(e)).append('\n'));
            onlyReplay.stream().limit(limit).forEach(e -> out.append("  only in replay: ").append(describe(e)).append('\n'));
            return out.toString();
        }
    }

    private EventComparison() {
    }

    static Result compare(Collection<ReactionEvent> live, Collection<ReactionEvent> replay, ReplayWindow range, EventWindow window) {
        long firstStart = window.windowStart(range.from().toEpochMilli(), false);
        Map<List<Object>, ReactionEvent> replayed = new TreeMap<>(EventComparison::compareKeys);
        int outside = 0;
        for (ReactionEvent e : replay) {
            if (inside(e, range, window, firstStart)) {
                replayed.put(key(e), e);
            }
        }
        int identical = 0;
        List<ReactionEvent> different = new ArrayList<>();
        List<ReactionEvent> onlyLive = new ArrayList<>();
        List<ReactionEvent> sortedLive = new ArrayList<>(live);
        sortedLive.sort(ORDER);
        for (ReactionEvent l : sortedLive) {
            if (!inside(l, range, window, firstStart)) {
                outside++;
                continue;
            }
            ReactionEvent r = replayed.remove(key(l));
            if (r == null) {
                onlyLive.add(l);
            } else if (Arrays.equals(encode(l), encode(r))) {
                identical++;
            } else {
                different.add(l);
            }
        }
        return new Result(identical, different, onlyLive, new ArrayList<>(replayed.values()), outside);
    }

    private static boolean inside(ReactionEvent e, ReplayWindow range, EventWindow window, long firstStart) {
        if (!range.includesSymbol(e.getSymbol())) {
            return false;
        }
        long start = e.getWindowStart().toEpochMilli();
        List<Long> ends = window.horizonEnds(start, e.getPrecision() == EventPrecision.DAY);
        long lastEnd = ends.isEmpty() ? start : ends.get(ends.size() - 1);
        return window.preEventStart(start) > firstStart && lastEnd <= range.to().toEpochMilli();
    }

    private static List<Object> key(ReactionEvent e) {
        return List.of(e.getWindowStart().toEpochMilli(), e.getSymbol(), e.getPrecision().ordinal());
    }

    @SuppressWarnings("unchecked")
    private static int compareKeys(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = ((Comparable<Object>) a.get(i)).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Plain Avro binary of {@code event}, the encoding the comparison is byte-equal on. */
    private static byte[] encode(ReactionEvent event) {
        return BINARY.serialize(null, event);
    }

    static String describe(ReactionEvent e) {
        return e.getSymbol() + " " + e.getWindowStart() + " " + e.getPrecision() + " (" + e.getHeadlineCount()
                + " headline(s), lead " + e.getLeadHeadlineId() + ", " + e.getStatus() + ")";
    }
}
