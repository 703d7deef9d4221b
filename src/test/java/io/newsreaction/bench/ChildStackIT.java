package io.newsreaction.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.embedded.ParentWatchdog;
import io.newsreaction.embedded.ProcessTree;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench's default broker: {@code local} in a child JVM answers on the addresses it printed,
 * takes the extra broker settings, counts in the CPU clock, and leaves no process behind on close.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ChildStackIT {
    @TempDir
    Path dir;

    @Test
    void shouldServeKafkaAndTheRegistryFromAChildJvmAndStopEveryProcess() throws Exception {
        List<ProcessHandle> before = ProcessHandle.current().descendants().toList();
        List<ProcessHandle> tree;
        try (ChildStack stack = ChildStack.start(Map.of("log.cleaner.dedupe.buffer.size", "16777216"), BenchRun.BROKER_C1,
                dir.resolve("stack.log"))) {
            tree = ProcessHandle.current().descendants().filter(p -> !before.contains(p)).toList();
            try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", stack.bootstrapServers()))) {
                Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
                assertThat(topics).isNotEmpty();
                String dedupe = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.BROKER, "1")))
                        .all().get(30, TimeUnit.SECONDS).values().iterator().next()
                        .get("log.cleaner.dedupe.buffer.size").value();
                assertThat(dedupe).isEqualTo("16777216");
            }
            HttpResponse<String> subjects = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(stack.schemaRegistryUrl() + "/subjects")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(subjects.statusCode()).isEqualTo(200);
            assertThat(tree).hasSizeGreaterThanOrEqualTo(2);
            assertThat(CpuClock.seconds()).isGreaterThan(tree.get(0).info().totalCpuDuration().orElseThrow().toNanos() / 1e9);
        }
        assertThat(ProcessTree.awaitExit(tree, Duration.ofSeconds(5))).as("child processes gone: %s", tree).isTrue();
    }

    @Test
    void shouldPassJvmOptionsToTheBrokerJvmNotToTheWatchdog() {
        List<String> command = ChildStack.command(Map.of("a", "b"), BenchRun.BROKER_C1);

        int watchdog = command.indexOf(ParentWatchdog.class.getName());
        int java = command.lastIndexOf(ParentWatchdog.javaExecutable());
        assertThat(watchdog).isPositive().isLessThan(java);
        assertThat(command.subList(java + 1, command.indexOf("local"))).containsSequence(BenchRun.BROKER_C1)
                .containsSubsequence("-Xmx1g", "-XX:TieredStopAtLevel=1", "-jar");
        assertThat(command.subList(command.indexOf("local"), command.size())).containsExactly("local", "--broker-config", "a=b");
        assertThat(Path.of(command.get(command.indexOf("-jar") + 1))).as("the application jar").isRegularFile();
    }
}
