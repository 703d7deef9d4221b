package io.newsreaction.demo;

import io.newsreaction.avro.CohortDimension;
import io.newsreaction.avro.CohortStats;
import io.newsreaction.avro.Headline;
import io.newsreaction.avro.ReactionEvent;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.Tick;
import io.newsreaction.config.AppSettings;
import io.newsreaction.report.CohortTable;
import io.newsreaction.report.EventTable;
import io.newsreaction.report.HtmlReport;
import io.newsreaction.report.ReactionTable;
import io.newsreaction.report.ReportInput;
import io.newsreaction.serde.AvroJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the demo's results: the ranked reaction and event tables and the cohort table to the
 * terminal; {@code reactions.jsonl}, {@code events.jsonl}, {@code stats.jsonl} (the latest record
 * per key, one Avro-JSON object a line) and {@code report.html}.
 */
final class DemoOutput {
    static final String REACTIONS_FILE = "reactions.jsonl";
    static final String EVENTS_FILE = "events.jsonl";
    static final String STATS_FILE = "stats.jsonl";
    static final String REPORT_FILE = "report.html";
    private static final int EVENT_ROWS = 15;

    /** The latest record per key of the three output topics. */
    record Results(List<MarketReaction> reactions, List<ReactionEvent> events, List<CohortStats> stats) {
    }

    private DemoOutput() {
    }

    /** Writes the files and tables; returns the events and stats in the order written. */
    static Results write(Path outDir, Results results, List<Tick> ticks, List<Headline> headlines,
            AppSettings settings, PrintStream out) throws IOException {
        Files.createDirectories(outDir);
        List<MarketReaction> reactions = results.reactions();
        EventTable events = new EventTable(results.events());
        List<CohortStats> stats = new ArrayList<>(results.stats());
        stats.sort(Comparator.comparing(CohortStats::getDimension).thenComparing(CohortStats::getValue));
        writeJsonl(outDir.resolve(REACTIONS_FILE), reactions);
        writeJsonl(outDir.resolve(EVENTS_FILE), events.events());
        writeJsonl(outDir.resolve(STATS_FILE), stats);

        Map<String, String> benchmarks = new TreeMap<>();
        reactions.forEach(r -> benchmarks.put(r.getSymbol(), r.getBenchmark()));
        ReportInput input = ReportInput.of(reactions, DemoRun.bySymbol(ticks), benchmarks, headlines)
                .withSessionFilter(settings.reaction().calendar()::isInSession);
        Files.writeString(outDir.resolve(REPORT_FILE), HtmlReport.render(input, events.events(), stats), StandardCharsets.UTF_8);

        out.println();
        out.print(new ReactionTable(reactions).render());
        out.println();
        out.print(events.render(ReactionTable.PT30M, EVENT_ROWS));
        out.println();
        out.print(new CohortTable(stats).render(CohortDimension.KIND));
        out.println();
        out.printf("wrote %s, %s, %s and %s%n", outDir.resolve(REACTIONS_FILE), outDir.resolve(EVENTS_FILE),
                outDir.resolve(STATS_FILE), outDir.resolve(REPORT_FILE));
        return new Results(reactions, events.events(), List.copyOf(stats));
    }

    private static void writeJsonl(Path file, List<? extends SpecificRecord> records) throws IOException {
        StringBuilder jsonl = new StringBuilder();
        records.forEach(r -> jsonl.append(AvroJson.toJson(r)).append('\n'));
        Files.writeString(file, jsonl, StandardCharsets.UTF_8);
    }
}
