package io.newsreaction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandTest {

    private static int run(StringWriter err, String... args) {
        CommandLine commandLine = ErrorHandler.install(new CommandLine(new NewsReactionCommand()));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        return commandLine.execute(args);
    }

    @Test
    void shouldRequireTheRegistryWithAnExternalCluster() {
        StringWriter err = new StringWriter();

        assertThat(run(err, "bench", "--bootstrap-server", "127.0.0.1:1")).isEqualTo(ErrorHandler.EXIT_USAGE);
        assertThat(err.toString()).contains("--bootstrap-server and --schema-registry-url go together");
    }

    @Test
    void shouldRequireTheClusterWithAnExternalRegistry() {
        StringWriter err = new StringWriter();

        assertThat(run(err, "bench", "--schema-registry-url", "http://127.0.0.1:1")).isEqualTo(ErrorHandler.EXIT_USAGE);
        assertThat(err.toString()).contains("--bootstrap-server and --schema-registry-url go together");
    }

    @Test
    void shouldRejectANegativeWarmUp() {
        StringWriter err = new StringWriter();

        assertThat(run(err, "bench", "--warmup", "-1", "--bootstrap-server", "127.0.0.1:1",
                "--schema-registry-url", "http://127.0.0.1:1")).isNotZero();
        assertThat(err.toString()).contains("warm-up ticks must not be negative: -1");
    }
}
