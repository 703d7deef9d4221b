package io.newsreaction.report;

import io.newsreaction.avro.HorizonReaction;
import io.newsreaction.avro.MarketReaction;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The HTML table of every reaction: identity columns, then return, benchmark, abnormal and z per horizon. */
final class HtmlReactionTable {

    static final List<Duration> HORIZONS = List.of(ReactionTable.PT30M, Duration.ofHours(1), ReactionTable.ONE_SESSION);

    private static final List<String> LEADING = List.of(
            "Published (UTC)", "Symbol", "Benchmark", "Kind", "Actor", "Title", "Ref. price");
    private static final List<String> PER_HORIZON = List.of("Return", "Bench", "Abnormal", "z");

    private HtmlReactionTable() {
    }

    static String render(List<MarketReaction> reactions) {
        StringBuilder out = new StringBuilder("<table class=\"reactions\">\n<thead>\n");
        header(out);
        out.append("</thead>\n<tbody>\n");
        for (MarketReaction reaction : reactions) {
            row(out, reaction);
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    private static void header(StringBuilder out) {
        out.append("<tr>");
        for (String name : LEADING) {
            out.append("<th rowspan=\"2\">").append(Xml.escape(name)).append("</th>");
        }
        for (Duration horizon : HORIZONS) {
            out.append("<th colspan=\"").append(PER_HORIZON.size()).append("\" class=\"group\">")
                    .append(Xml.escape(horizon.toString())).append("</th>");
        }
        out.append("<th rowspan=\"2\">Status</th></tr>\n<tr>");
        for (int i = 0; i < HORIZONS.size(); i++) {
            for (String name : PER_HORIZON) {
                out.append("<th>").append(Xml.escape(name)).append("</th>");
            }
        }
        out.append("</tr>\n");
    }

    private static void row(StringBuilder out, MarketReaction reaction) {
        out.append("<tr>");
        cell(out, Cells.published(reaction.getPublishedAt()), "time");
        cell(out, reaction.getSymbol(), "symbol");
        cell(out, reaction.getBenchmark(), null);
        cell(out, reaction.getKind().toString(), null);
        cell(out, Cells.text(reaction.getActor()), null);
        cell(out, Cells.text(reaction.getTitle()), "title");
        cell(out, Cells.decimal(reaction.getReferencePrice(), 3), "num");
        for (Duration horizon : HORIZONS) {
            Optional<HorizonReaction> h = Cells.horizon(reaction, horizon);
            signed(out, h.map(HorizonReaction::getSimpleReturn).orElse(null), Cells::percent);
            signed(out, h.map(HorizonReaction::getBenchmarkLogReturn).map(Cells::simpleFromLog).orElse(null),
                    Cells::percent);
            signed(out, h.map(HorizonReaction::getAbnormalReturn).orElse(null), Cells::percent);
            signed(out, h.map(HorizonReaction::getZScore).orElse(null), z -> Cells.decimal(z, 2));
        }
        cell(out, reaction.getStatus().toString(), "status");
        out.append("</tr>\n");
    }

    static void signed(StringBuilder out, Double value, Function<Double, String> format) {
        String sign = value == null || value == 0.0 ? "" : (value < 0 ? " neg" : " pos");
        cell(out, format.apply(value), "num" + sign);
    }

    static void cell(StringBuilder out, String text, String cssClass) {
        out.append(cssClass == null ? "<td>" : "<td class=\"" + cssClass + "\">")
                .append(Xml.escape(text)).append("</td>");
    }
}
