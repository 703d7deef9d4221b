package io.newsreaction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.newsreaction.embedded.FreePorts;
import io.newsreaction.fixtures.CapturedLogs;
import io.newsreaction.runtime.RegistryWait;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code run} with the schema registry unreachable: one line per attempt, then a clear failure and exit code 1. */
class RunCommandRegistryStartupTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void shouldRetryWithBackoffThenExitNonZeroWithAClearMessage() {
        int port = FreePorts.find();
        String url = "http://127.0.0.1:" + port;
        int exit;
        try (CapturedLogs logs = CapturedLogs.capture(Level.INFO, RegistryWait.class.getName())) {
            exit = run("run", "--bootstrap-server", "127.0.0.1:1", "--schema-registry-url", "http://reg-user:Reg-S3cret@127.0.0.1:" + port,
                    "--set", "registry.startup.max-attempts=3", "--set", "registry.startup.backoff=PT0.2S",
                    "--set", "schema.registry.max.retries=0");

            assertThat(logs.events()).extracting(ILoggingEvent::getFormattedMessage).hasSize(2).allSatisfy(line -> assertThat(line)
                    .startsWith("schema registry at http://[hidden]@127.0.0.1:" + port + " not available (attempt ")
                    .endsWith("; retrying in PT0.2S"));
            assertThat(logs.events().get(0).getFormattedMessage()).contains("(attempt 1/3)");
            assertThat(logs.events().get(1).getFormattedMessage()).contains("(attempt 2/3)");
            assertThat(logs.events()).allSatisfy(e -> assertThat(e.getLevel()).isEqualTo(Level.WARN));
        }
        assertThat(exit).isEqualTo(ErrorHandler.EXIT_FAILURE);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("error: schema registry at http://[hidden]@127.0.0.1:" + port + " not available after 3 attempts: "
                        + "cannot reach schema registry at " + url);
        assertThat(out.toString() + err).doesNotContain("Reg-S3cret");
    }

    private int run(String... args) {
        CommandLine cli = ErrorHandler.install(new CommandLine(new NewsReactionCommand()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
