package io.newsreaction.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code local}'s log directory: a temporary one is deleted after the stack stopped, and nothing else is. */
class LogDirTest {
    @TempDir
    Path parent;

    @Test
    void shouldDeleteItsTemporaryDirectoryOnlyAfterTheStackStoppedOnClose() throws Exception {
        LogDir logs = LogDir.temporaryIn(parent);
        Files.writeString(logs.path().resolve("embedded-kafka.log"), "broker log\n");
        Path neighbour = Files.writeString(parent.resolve("someone-else.log"), "kept\n");
        List<Boolean> presentWhenStopped = new ArrayList<>();
        logs.stopFirst(() -> presentWhenStopped.add(Files.exists(logs.path().resolve("embedded-kafka.log"))));

        logs.close();

        assertThat(presentWhenStopped).containsExactly(true);
        assertThat(logs.path()).doesNotExist();
        assertThat(neighbour).exists();
        assertThat(Runtime.getRuntime().removeShutdownHook(logs.shutdownHook())).as("hook removed on close").isFalse();
    }

    @Test
    void shouldDeleteItsTemporaryDirectoryFromTheShutdownHookOnCtrlC() throws Exception {
        LogDir logs = LogDir.temporaryIn(parent);
        Files.writeString(logs.path().resolve("registry.log"), "registry log\n");
        List<String> stopped = new ArrayList<>();
        logs.stopFirst(() -> stopped.add("stack"));

        logs.shutdownHook().run();
        logs.close();

        assertThat(stopped).containsExactly("stack");
        assertThat(logs.path()).doesNotExist();
        assertThat(parent).isEmptyDirectory();
    }

    @Test
    void shouldKeepTheLogsOfADataDirectory() throws Exception {
        LogDir logs = LogDir.of(parent);
        Files.createDirectories(logs.path());
        List<String> stopped = new ArrayList<>();
        logs.stopFirst(() -> stopped.add("stack"));

        logs.close();

        assertThat(logs.temporary()).isFalse();
        assertThat(logs.path()).isEqualTo(parent.resolve("logs")).exists();
        assertThat(logs.shutdownHook()).isNull();
        assertThat(stopped).containsExactly("stack");
    }

    @Test
    void shouldKeepATemporaryDirectoryForTheLogsOfAFailedStart() {
        LogDir logs = LogDir.temporaryIn(parent);

        logs.keep();
        logs.close();

        assertThat(logs.path()).exists();
        assertThat(Runtime.getRuntime().removeShutdownHook(logs.shutdownHook())).as("no deletion at exit").isFalse();
    }
}
