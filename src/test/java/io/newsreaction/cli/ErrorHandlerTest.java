package io.newsreaction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.config.ConfigException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ErrorHandlerTest {
    @Test
    void shouldSkipWrappersThatOnlyRepeatTheirCause() {
        Exception failure = new ExecutionException(new IllegalStateException("topic x not created after 30 s"));
        assertThat(ErrorHandler.describe(failure)).isEqualTo("topic x not created after 30 s");
    }

    @Test
    void shouldAppendRootCauseWhenItAddsSomething() {
        Exception failure = new UncheckedIOException("cannot start the schema registry", new IOException("No such file"));
        assertThat(ErrorHandler.describe(failure)).isEqualTo("cannot start the schema registry: No such file");
    }

    @Test
    void shouldNotRepeatRootCauseAlreadyInMessage() {
        Exception failure = new IllegalStateException("bad: Connection refused", new IOException("Connection refused"));
        assertThat(ErrorHandler.describe(failure)).isEqualTo("bad: Connection refused");
    }

    @Test
    void shouldJoinMultiLineMessagesIntoOneLine() {
        assertThat(ErrorHandler.describe(new IllegalArgumentException("first\n  second\r\nthird"))).isEqualTo("first second third");
    }

    @Test
    void shouldNameTheExceptionWhenNoMessageAtAll() {
        assertThat(ErrorHandler.describe(new NullPointerException())).isEqualTo("NullPointerException");
    }

    @Command(name = "fail")
    static final class Fail implements Runnable {
        private final RuntimeException failure;

        Fail(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public void run() {
            throw failure;
        }
    }

    private static int exitCodeOf(RuntimeException failure) {
        CommandLine cli = ErrorHandler.install(new CommandLine(new Fail(failure)));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        return cli.execute();
    }

    @Test
    void shouldExitWithUsageCodeWhenAConfigurationValueIsBad() {
        assertThat(exitCodeOf(new ConfigException("reaction.grace=soon: not a duration")))
            .isEqualTo(ErrorHandler.EXIT_USAGE);
        assertThat(exitCodeOf(new org.apache.kafka.common.config.ConfigException("linger.ms", "soon", "not a number")))
            .isEqualTo(ErrorHandler.EXIT_USAGE);
        assertThat(exitCodeOf(new IllegalStateException("cannot build the app",
            new ConfigException("kafka.acks=some: bad")))).isEqualTo(ErrorHandler.EXIT_USAGE);
        assertThat(exitCodeOf(new IllegalStateException("topic x not created after 30 s")))
            .isEqualTo(ErrorHandler.EXIT_FAILURE);
    }
}
