package io.newsreaction.report;

import io.newsreaction.avro.CohortStats;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionEvent;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * A self-contained {@code report.html}: summary, one inline SVG price chart per symbol with
 * reactions, and the reaction table. No external resources and no wall clock, so it opens offline
 * and identical input gives identical bytes. The markup is also well-formed XML.
 */
public final class HtmlReport {

    /** Page title and top heading. */
    public static final String TITLE = "news-reaction: market reactions to headlines";

    private static final String STYLE = String.join("\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;"
                    + "margin:1.5rem;color:#222;background:#fff}",
            "h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}h3{font-size:1rem;margin:1.2rem 0 .3rem}",
            ".summary,.note{color:#444}",
            "svg.chart{max-width:100%;height:auto;border:1px solid #ddd;background:#fcfcfc}",
            "svg.chart text{font-family:inherit}",
            "svg.chart g.marker:hover line{stroke-opacity:1;stroke-width:2}",
            "table.reactions{border-collapse:collapse;font-size:.8rem}",
            "table.reactions th,table.reactions td{border:1px solid #ddd;padding:.2rem .4rem;vertical-align:top}",
            "table.reactions th{background:#f3f3f3}",
            "td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}",
            "td.time{white-space:nowrap}td.title{min-width:18rem}",
            "td.neg{color:#b00020}td.pos{color:#0a7d32}td.sig{font-weight:700}");

    private HtmlReport() {
    }

    /** The whole page as a string (UTF-8 when written). */
    public static String render(ReportInput input) {
        return render(input, List.of(), List.of());
    }

    /** The page with the event and cohort tables after the reactions (left out when both are empty). */
    public static String render(ReportInput input, List<ReactionEvent> events, List<CohortStats> stats) {
        ReactionTable table = new ReactionTable(input.reactions());
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(Xml.escape(TITLE)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n")
                .append("<h1>").append(Xml.escape(TITLE)).append("</h1>\n")
                .append("<p class=\"summary\">").append(Xml.escape(table.summary()))
                .append("; ").append(input.headlines().size()).append(" headlines in the input.</p>\n");
        charts(out, input, table.reactions());
        out.append("<h2>Reactions</h2>\n")
                .append("<p class=\"note\">Latest revision per headline and symbol, by publication time. ")
                .append("Return and Bench are simple returns; Abnormal is the log abnormal return; ")
                .append("z is the abnormal return over its estimation-window standard deviation.</p>\n")
                .append(HtmlReactionTable.render(table.reactions()));
        if (!events.isEmpty() || !stats.isEmpty()) {
            out.append("<h2>Events</h2>\n")
                    .append("<p class=\"note\">Headlines of one symbol whose reaction window starts at the same instant ")
                    .append("with the same precision share one reaction: one row per event. Confounders: other events ")
                    .append("of the symbol starting within the horizon.</p>\n")
                    .append(HtmlEventTables.events(events))
                    .append("<h2>Cohorts</h2>\n")
                    .append("<p class=\"note\">Per cohort and horizon over its FINAL events: CAAR (mean abnormal return), ")
                    .append("cross-sectional t, sign test, Patell Z and BMP t; clean: events without confounders. ")
                    .append("Bold with * : |statistic| &gt;= 1.96 (5 %), ** : &gt;= 2.58 (1 %).</p>\n")
                    .append(HtmlEventTables.cohorts(stats));
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void charts(StringBuilder out, ReportInput input, List<MarketReaction> reactions) {
        out.append("<h2>Prices</h2>\n<p class=\"note\">")
                .append(Xml.escape(String.format(Locale.ROOT,
                        "%s to %s (UTC). Last price per 5 minutes, indexed to 100 at the first point; "
                                + "buckets without ticks are left out, so nights and weekends take no space. "
                                + "Markers show headlines at the first bucket at or after publication.",
                        Cells.published(input.from()), Cells.published(input.to()))))
                .append("</p>\n");
        TreeMap<String, String> benchmarks = new TreeMap<>();
        for (MarketReaction reaction : reactions) {
            benchmarks.putIfAbsent(reaction.getSymbol(), reaction.getBenchmark());
        }
        for (String symbol : benchmarks.keySet()) {
            String benchmark = input.benchmarkBySymbol().getOrDefault(symbol, benchmarks.get(symbol));
            ChartData data = ChartData.of(input, symbol, benchmark, reactions);
            String heading = data.benchmarkName() == null ? symbol : symbol + " vs " + data.benchmarkName();
            out.append("<section class=\"symbol\" id=\"chart-").append(Xml.escape(symbol)).append("\">\n")
                    .append("<h3>").append(Xml.escape(heading)).append("</h3>\n")
                    .append(SvgChart.render(data))
                    .append("</section>\n");
        }
    }
}
