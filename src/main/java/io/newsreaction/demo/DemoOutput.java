package io.newsreaction.demo;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.Tick;
import io.newsreaction.config.AppSettings;
import io.newsreaction.report.HtmlReport;
import io.newsreaction.report.ReactionTable;
import io.newsreaction.report.ReportInput;
import io.newsreaction.serde.AvroJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes the demo's results: the ranked table to the terminal, {@code reactions.jsonl} and {@code report.html}. */
final class DemoOutput {
    static final String REACTIONS_FILE = "reactions.jsonl";
    static final String REPORT_FILE = "report.html";

    private DemoOutput() {
    }

    static void write(Path outDir, List<MarketReaction> reactions, List<Tick> ticks, List<Headline> headlines,
            AppSettings settings, PrintStream out) throws IOException {
        Files.createDirectories(outDir);
        StringBuilder jsonl = new StringBuilder();
        reactions.forEach(r -> jsonl.append(AvroJson.toJson(r)).append('\n'));
        Files.writeString(outDir.resolve(REACTIONS_FILE), jsonl, StandardCharsets.UTF_8);

        Map<String, String> benchmarks = new TreeMap<>();
        reactions.forEach(r -> benchmarks.put(r.getSymbol(), r.getBenchmark()));
        ReportInput input = ReportInput.of(reactions, DemoRun.bySymbol(ticks), benchmarks, headlines)
                .withSessionFilter(settings.reaction().calendar()::isInSession);
        Files.writeString(outDir.resolve(REPORT_FILE), HtmlReport.render(input), StandardCharsets.UTF_8);

        out.println();
        out.print(new ReactionTable(reactions).render());
        out.println();
        out.printf("wrote %s and %s%n", outDir.resolve(REACTIONS_FILE), outDir.resolve(REPORT_FILE));
    }
}
