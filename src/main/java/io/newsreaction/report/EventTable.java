package io.newsreaction.report;

import io.newsreaction.avro.EventHorizon;
import io.newsreaction.avro.ReactionEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Ranks events (all headlines of a symbol sharing one reaction window) by |abnormal return| at a
 * horizon: one row per event, with its lead title, how many more headlines share it, and its
 * confounders there.
 */
public final class EventTable {
    /** Window order, then symbol and precision: the tie-break of every event listing. */
    public static final Comparator<ReactionEvent> CHRONOLOGICAL = Comparator
            .comparing(ReactionEvent::getWindowStart)
            .thenComparing(ReactionEvent::getSymbol)
            .thenComparing(ReactionEvent::getPrecision);

    private static final int TITLE_WIDTH = 44;
    private static final int KINDS_WIDTH = 28;
    private static final List<TextTable.Column> COLUMNS = List.of(
            new TextTable.Column("#", true),
            new TextTable.Column("window (UTC)", false),
            new TextTable.Column("symbol", false),
            new TextTable.Column("lead title", false),
            new TextTable.Column("more", true),
            new TextTable.Column("kinds", false),
            new TextTable.Column("return", true),
            new TextTable.Column("abnormal", true),
            new TextTable.Column("z", true),
            new TextTable.Column("confounders", true),
            new TextTable.Column("status", false));

    private final List<ReactionEvent> events;

    public EventTable(Collection<ReactionEvent> events) {
        List<ReactionEvent> sorted = new ArrayList<>(events);
        sorted.sort(CHRONOLOGICAL);
        this.events = List.copyOf(sorted);
    }

    public List<ReactionEvent> events() {
        return events;
    }

    /** A titled table of the {@code limit} events with the largest |abnormal return| at {@code horizon}. */
    public String render(Duration horizon, int limit) {
        List<ReactionEvent> eligible = new ArrayList<>();
        for (ReactionEvent event : events) {
            if (abnormal(event, horizon).isPresent()) {
                eligible.add(event);
            }
        }
        Comparator<ReactionEvent> bySize = Comparator.comparingDouble((ReactionEvent e) -> -Math.abs(abnormal(e, horizon).orElseThrow()));
        eligible.sort(bySize.thenComparing(CHRONOLOGICAL));
        TextTable table = new TextTable(COLUMNS);
        int rank = 1;
        for (ReactionEvent event : eligible.subList(0, Math.min(limit, eligible.size()))) {
            table.addRow(row(rank++, event, horizon(event, horizon).orElseThrow()));
        }
        int headlines = events.stream().mapToInt(ReactionEvent::getHeadlineCount).sum();
        String heading = String.format(Locale.ROOT,
                "%d events from %d routed headlines; largest |abnormal return| at %s: top %d of %d ranked%n",
                events.size(), headlines, horizon, Math.min(limit, eligible.size()), eligible.size());
        return heading + table.render();
    }

    static Optional<EventHorizon> horizon(ReactionEvent event, Duration horizon) {
        String name = horizon.toString();
        return event.getHorizons().stream().filter(h -> h.getHorizon().equals(name)).findFirst();
    }

    private static Optional<Double> abnormal(ReactionEvent event, Duration horizon) {
        return horizon(event, horizon).map(EventHorizon::getAbnormalReturn);
    }

    private static List<String> row(int rank, ReactionEvent event, EventHorizon h) {
        String window = Cells.published(event.getWindowStart())
                + (event.getPrecision() == io.newsreaction.avro.EventPrecision.DAY ? " day" : "");
        return List.of(
                Integer.toString(rank),
                window,
                event.getSymbol(),
                Cells.truncate(event.getLeadTitle(), TITLE_WIDTH),
                event.getHeadlineCount() > 1 ? "+" + (event.getHeadlineCount() - 1) : "",
                Cells.truncate(String.join(",", event.getKinds()), KINDS_WIDTH),
                Cells.percent(h.getSimpleReturn()),
                Cells.percent(h.getAbnormalReturn()),
                Cells.decimal(h.getZScore(), 2),
                Integer.toString(h.getConfounders()),
                event.getStatus() == null ? Cells.MISSING : event.getStatus().toString());
    }
}
