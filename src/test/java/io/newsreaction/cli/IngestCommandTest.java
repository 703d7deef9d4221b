package io.newsreaction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The ingest and tail command lines up to the point where they would talk to Kafka. */
class IngestCommandTest {
    /** Nothing listens here: a test that reached Kafka or the registry would fail fast. */
    private static final String NOWHERE = "127.0.0.1:1";
    private static final String HEADER = "symbol,ts,price,size\n";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        CommandLine cli = ErrorHandler.install(new CommandLine(new NewsReactionCommand()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private String file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content).toString();
    }

    @Test
    void shouldRefuseTheWholeFileAndNameEveryBadLine() throws Exception {
        String ticks = file("ticks.csv", HEADER + "NVDA,1737988200000,142.6,100\nNVDA,later,142.7,100\nNVDA,1737988260000,0,5\n");

        int code = run("ingest", "ticks", ticks, "--bootstrap-server", NOWHERE, "--schema-registry-url", "http://" + NOWHERE);

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                ticks + ":3: not an ISO-8601 time or epoch milliseconds: 'later'",
                ticks + ":4: price must be positive: '0'",
                "error: 2 invalid row(s) in " + ticks + "; nothing published (--skip-invalid publishes the valid rows)");
        assertThat(out.toString()).isEmpty();
        assertThat(dir.resolve("ticks.csv.rejects")).doesNotExist();
    }

    @Test
    void shouldWriteRejectsAndFailWhenSkippingLeavesNothing() throws Exception {
        String headlines = file("news.jsonl", "{\"title\":\"no time\"}\nnot json\n");

        int code = run("ingest", "headlines", headlines, "--skip-invalid", "--bootstrap-server", NOWHERE);

        assertThat(code).isEqualTo(1);
        assertThat(Files.readAllLines(dir.resolve("news.jsonl.rejects"))).hasSize(4).element(3).isEqualTo("not json");
        assertThat(err.toString()).contains("2 invalid row(s) of " + headlines + " written to ", "error: no valid rows");
    }

    @Test
    void shouldReportAnUnreachableRegistryOnOneLine() throws Exception {
        String ticks = file("ok.csv", HEADER + "NVDA,2025-01-27T14:30:00Z,142.6,100\n");

        int code = run("ingest", "ticks", ticks, "--bootstrap-server", NOWHERE,
                "--schema-registry-url", "http://" + NOWHERE, "--set", "schema.registry.max.retries=0");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("error: nothing published to market.ticks: cannot reach schema registry at http://" + NOWHERE);
    }

    @Test
    void shouldRequireASymbolForBars() throws Exception {
        assertThat(run("ingest", "bars", file("bars.csv", "timestamp,open,high,low,close,volume\n"))).isEqualTo(2);
        assertThat(err.toString()).contains("--symbol");
    }

    @Test
    void shouldRefuseABarSymbolThatIsNotASymbol() throws Exception {
        String bars = file("bars.csv", "timestamp,open,high,low,close,volume\n2025-01-27T14:30:00Z,1,1,1,1,4\n");

        assertThat(run("ingest", "bars", bars, "--symbol", "NV DA", "--bootstrap-server", NOWHERE)).isEqualTo(2);
        assertThat(err.toString()).contains("--symbol: symbol 'NV DA' is not a symbol: 1 to 32 of A-Z");
    }

    @Test
    void shouldRefuseAFileThatIsNotUtf8AtItsLineAndPublishNothingEvenWhenSkipping() throws Exception {
        Path ticks = dir.resolve("latin1.csv");
        Files.write(ticks, (HEADER + "NVDA,1737988200000,142.6,100\nNV\u00ffDA,1737988200000,142.6,100\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        int code = run("ingest", "ticks", ticks.toString(), "--skip-invalid", "--bootstrap-server", NOWHERE);

        assertThat(code).isEqualTo(1);
        assertThat(Files.readAllLines(dir.resolve("latin1.csv.rejects")))
                .containsExactly("# " + ticks + ":3: not UTF-8 (byte 0xff at column 3)");
        assertThat(err.toString()).contains("error: no valid rows in " + ticks);
    }

    @Test
    void shouldRejectUnknownTailFormatsAndNonPositiveLimits() {
        assertThat(run("tail", "t", "--format", "xml")).isEqualTo(2);
        assertThat(run("tail", "t", "--max-messages", "0")).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(2).first().asString().contains("unknown format 'xml'");
    }

    @Test
    void shouldListIngestAndTailInHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("ingest", "tail");
        assertThat(run("ingest", "--help")).isZero();
        assertThat(out.toString()).contains("ticks", "bars", "headlines");
    }
}
