package io.newsreaction.report;

import io.newsreaction.avro.CohortBlock;
import io.newsreaction.avro.CohortHorizon;
import io.newsreaction.avro.CohortStats;
import io.newsreaction.avro.EventHorizon;
import io.newsreaction.avro.ReactionEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The report's event table (one row per event, by window) and cohort table (one row per cohort and horizon). */
final class HtmlEventTables {
    private static final List<String> EVENT_COLUMNS = List.of("Window (UTC)", "Symbol", "Precision", "Headlines",
            "Lead title", "Kinds", "Pre-event news");
    private static final List<String> PER_HORIZON = List.of("Return", "Abnormal", "z", "Confounders");
    private static final List<String> COHORT_COLUMNS = List.of("Cohort", "Events", "Horizon", "n", "CAAR", "sd",
            "t", "Positive", "Sign z", "Patell Z", "BMP t", "Clean n", "Clean CAAR", "Clean BMP t");

    private HtmlEventTables() {
    }

    static String events(Collection<ReactionEvent> events) {
        List<ReactionEvent> sorted = new ArrayList<>(events);
        sorted.sort(EventTable.CHRONOLOGICAL);
        StringBuilder out = new StringBuilder("<table class=\"reactions\">\n<thead>\n<tr>");
        EVENT_COLUMNS.forEach(c -> out.append("<th rowspan=\"2\">").append(Xml.escape(c)).append("</th>"));
        for (Duration h : HtmlReactionTable.HORIZONS) {
            out.append("<th colspan=\"").append(PER_HORIZON.size()).append("\" class=\"group\">")
                    .append(Xml.escape(h.toString())).append("</th>");
        }
        out.append("<th rowspan=\"2\">Status</th></tr>\n<tr>");
        HtmlReactionTable.HORIZONS.forEach(h -> PER_HORIZON.forEach(c -> out.append("<th>").append(Xml.escape(c)).append("</th>")));
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (ReactionEvent event : sorted) {
            out.append("<tr>");
            HtmlReactionTable.cell(out, Cells.published(event.getWindowStart()), "time");
            HtmlReactionTable.cell(out, event.getSymbol(), "symbol");
            HtmlReactionTable.cell(out, event.getPrecision().toString(), null);
            HtmlReactionTable.cell(out, Integer.toString(event.getHeadlineCount()), "num");
            HtmlReactionTable.cell(out, event.getLeadTitle(), "title");
            HtmlReactionTable.cell(out, String.join(", ", event.getKinds()), null);
            HtmlReactionTable.cell(out, Integer.toString(event.getPreEventNews()), "num");
            for (Duration h : HtmlReactionTable.HORIZONS) {
                Optional<EventHorizon> e = EventTable.horizon(event, h);
                HtmlReactionTable.signed(out, e.map(EventHorizon::getSimpleReturn).orElse(null), Cells::percent);
                HtmlReactionTable.signed(out, e.map(EventHorizon::getAbnormalReturn).orElse(null), Cells::percent);
                HtmlReactionTable.signed(out, e.map(EventHorizon::getZScore).orElse(null), z -> Cells.decimal(z, 2));
                HtmlReactionTable.cell(out, e.map(x -> Integer.toString(x.getConfounders())).orElse(Cells.MISSING), "num");
            }
            HtmlReactionTable.cell(out, event.getStatus() == null ? Cells.MISSING : event.getStatus().toString(), "status");
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    /**
     * A test statistic with two decimals; at |value| >= 1.96 (5 %, two-sided) bold with {@code *},
     * at >= 2.58 (1 %) with {@code **}.
     */
    static void statistic(StringBuilder out, Double value) {
        if (value == null || Math.abs(value) < 1.96) {
            HtmlReactionTable.signed(out, value, t -> Cells.decimal(t, 2));
            return;
        }
        String stars = Math.abs(value) >= 2.58 ? "**" : "*";
        HtmlReactionTable.cell(out, Cells.decimal(value, 2) + stars, "num sig" + (value < 0 ? " neg" : " pos"));
    }

    static String cohorts(Collection<CohortStats> stats) {
        List<CohortStats> sorted = new ArrayList<>(stats);
        sorted.sort(Comparator.comparing(CohortStats::getDimension).thenComparing(CohortStats::getValue));
        StringBuilder out = new StringBuilder("<table class=\"reactions\">\n<thead>\n<tr>");
        COHORT_COLUMNS.forEach(c -> out.append("<th>").append(Xml.escape(c)).append("</th>"));
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (CohortStats cohort : sorted) {
            for (CohortHorizon h : cohort.getHorizons()) {
                CohortBlock all = h.getAll();
                out.append("<tr>");
                HtmlReactionTable.cell(out, cohort.getDimension() + "/" + cohort.getValue(), "symbol");
                HtmlReactionTable.cell(out, Long.toString(cohort.getEvents()), "num");
                HtmlReactionTable.cell(out, h.getHorizon(), null);
                HtmlReactionTable.cell(out, Long.toString(all.getN()), "num");
                HtmlReactionTable.signed(out, all.getMeanAbnormalReturn(), Cells::percent);
                HtmlReactionTable.cell(out, Cells.percent(all.getSdAbnormalReturn()), "num");
                statistic(out, all.getTCrossSectional());
                HtmlReactionTable.cell(out, Long.toString(all.getPositive()), "num");
                statistic(out, all.getSignZ());
                statistic(out, all.getPatellZ());
                statistic(out, all.getBmpT());
                HtmlReactionTable.cell(out, Long.toString(h.getClean().getN()), "num");
                HtmlReactionTable.signed(out, h.getClean().getMeanAbnormalReturn(), Cells::percent);
                statistic(out, h.getClean().getBmpT());
                out.append("</tr>\n");
            }
        }
        return out.append("</tbody>\n</table>\n").toString();
    }
}
