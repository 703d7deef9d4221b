package io.newsreaction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class NewsReactionCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("cannot reach Kafka at 127.0.0.1:9092 after 30 s",
                new java.net.ConnectException("Connection refused"));
        }
    }

    private int run(String... args) {
        CommandLine cli = ErrorHandler.install(new CommandLine(new NewsReactionCommand()));
        cli.addSubcommand("boom", new Boom());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void shouldPrintVersionFallingBackToDevOutsideJar() {
        assertThat(run("--version")).isEqualTo(0);
        assertThat(out.toString().trim()).isEqualTo("news-reaction dev");
    }

    @Test
    void shouldListLocalInHelp() {
        assertThat(run("--help")).isEqualTo(0);
        assertThat(out.toString()).contains("news-reaction", "local", "--verbose");
    }

    @Test
    void shouldExitWithUsageCodeAndOneLineOnUnknownOption() {
        assertThat(run("--bogus")).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly("error: Unknown option: '--bogus' (see 'news-reaction --help')");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void shouldExitWithUsageCodeWithoutSubcommand() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void shouldExitWithUsageCodeNamingBrokersWhenThereAreNone() {
        assertThat(run("local", "--brokers", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--brokers must be at least 1: 0");
    }

    @Test
    void shouldExitWithUsageCodeWhenDataDirHasNoValue() {
        assertThat(run("local", "--data-dir")).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString().contains("--data-dir", "news-reaction local --help");
    }

    @Test
    void shouldPrintRuntimeFailureAsOneLineWithRootCause() {
        assertThat(run("boom")).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
            "error: cannot reach Kafka at 127.0.0.1:9092 after 30 s: Connection refused");
    }

    @Test
    void shouldPrintStackTraceOnlyWhenVerbose() {
        assertThat(run("boom", "--verbose")).isEqualTo(1);
        assertThat(err.toString()).contains("error: cannot reach Kafka", "at io.newsreaction.cli.NewsReactionCommandTest$Boom.call");
    }

    @Test
    void shouldExitWithUsageCodeOnABadConfigurationValue() {
        assertThat(run("run", "--set", "reaction.grace=soon", "--print-config")).isEqualTo(ErrorHandler.EXIT_USAGE);
        assertThat(err.toString().lines()).containsExactly(
            "error: reaction.grace=soon: not an ISO-8601 duration (e.g. PT1M, PT6H30M)");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void shouldExitWithUsageCodeOnAnUnknownConfigurationKey() {
        assertThat(run("run", "--set", "reaction.graze=PT1M", "--print-config")).isEqualTo(ErrorHandler.EXIT_USAGE);
        assertThat(err.toString().lines()).singleElement().asString().contains("unknown configuration key 'reaction.graze'");
    }
}
