package io.newsreaction.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ParentWatchdogIT {
    private static final Duration LIMIT = Duration.ofSeconds(15);

    private Process parent;
    private Process watchdog;

    @AfterEach
    void stopEverything() {
        for (Process process : new Process[] {watchdog, parent}) {
            if (process != null) {
                ProcessTree.stop(process.toHandle(), Duration.ofSeconds(2));
            }
        }
    }

    @Test
    void shouldStopCommandWhenParentDiesAbruptly() throws Exception {
        parent = new ProcessBuilder("sleep", "120").start();
        watchdog = startWatchdog(parent.pid(), "sleep", "300");
        ProcessHandle command = awaitChild(watchdog);

        parent.destroyForcibly();

        assertThat(ProcessTree.awaitExit(List.of(command, watchdog.toHandle()), LIMIT)).isTrue();
    }

    @Test
    void shouldStopCommandWhenWatchdogIsTerminated() throws Exception {
        watchdog = startWatchdog(ProcessHandle.current().pid(), "sleep", "300");
        ProcessHandle command = awaitChild(watchdog);

        watchdog.destroy();

        assertThat(ProcessTree.awaitExit(List.of(command, watchdog.toHandle()), LIMIT)).isTrue();
    }

    @Test
    void shouldExitWithCommandExitCode() throws Exception {
        watchdog = startWatchdog(ProcessHandle.current().pid(), "sh", "-c", "exit 3");
        assertThat(watchdog.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(watchdog.exitValue()).isEqualTo(3);
    }

    private static Process startWatchdog(long parentPid, String... command) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> args = new java.util.ArrayList<>(List.of(java, "-Xmx16m", "-cp", System.getProperty("java.class.path"),
            ParentWatchdog.class.getName(), Long.toString(parentPid)));
        args.addAll(List.of(command));
        return new ProcessBuilder(args).inheritIO().start();
    }

    private static ProcessHandle awaitChild(Process watchdog) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            var child = watchdog.children().findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("watchdog started no command within " + LIMIT.toSeconds() + " s");
    }
}
