package io.newsreaction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

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
}
