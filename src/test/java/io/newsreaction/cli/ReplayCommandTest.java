package io.newsreaction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ReplayCommandTest {

    private static int run(StringWriter err, String... args) {
        CommandLine commandLine = ErrorHandler.install(new CommandLine(new NewsReactionCommand()));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        return commandLine.execute(args);
    }

    @Test
    void shouldRejectAWindowThatEndsBeforeItStarts() {
        StringWriter err = new StringWriter();
        int code = run(err, "replay", "--from", "2025-01-28T00:00:00Z", "--to", "2025-01-27T00:00:00Z",
                "--bootstrap-server", "127.0.0.1:1", "--schema-registry-url", "http://127.0.0.1:1");

        assertThat(code).isEqualTo(ErrorHandler.EXIT_USAGE);
        assertThat(err.toString()).contains("--from must be before --to");
    }

    @Test
    void shouldRejectSymbolsOutsideTheUniverse() {
        StringWriter err = new StringWriter();
        int code = run(err, "replay", "--from", "2025-01-27T00:00:00Z", "--to", "2025-01-28T00:00:00Z",
                "--symbols", "NVDA,TSLA", "--set", "reaction.universe=NVDA,MSFT",
                "--bootstrap-server", "127.0.0.1:1", "--schema-registry-url", "http://127.0.0.1:1");

        assertThat(code).isEqualTo(ErrorHandler.EXIT_USAGE);
        assertThat(err.toString()).contains("symbol TSLA is not in reaction.universe (MSFT,NVDA)");
    }

    @Test
    void shouldRequireTheWindowForReactions() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "reactions", "--symbol", "NVDA")).isEqualTo(ErrorHandler.EXIT_USAGE);
        assertThat(err.toString()).contains("--from").contains("--to");
    }
}
