package io.newsreaction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.embedded.DefaultTopics;
import io.newsreaction.embedded.FreePorts;
import io.newsreaction.embedded.ProcessTree;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code news-reaction local} as a separate process, the way a developer runs it. */
@Timeout(value = 900, unit = TimeUnit.SECONDS)
class LocalCommandIT {
    private static final Duration READY_LIMIT = Duration.ofSeconds(300);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(30);
    private static final Duration ORPHAN_LIMIT = Duration.ofSeconds(20);
    /** The watchdogs notice within a second; each broker then gets a controlled shutdown of up to 10 s. */
    private static final Duration CLUSTER_ORPHAN_LIMIT = Duration.ofSeconds(40);

    /** The child's {@code java.io.tmpdir}, where {@code local} without {@code --data-dir} puts its logs. */
    @TempDir
    Path tmp;
    private Process local;

    @AfterEach
    void stopLocal() {
        if (local != null) {
            ProcessTree.stop(local.toHandle(), Duration.ofSeconds(5));
        }
    }

    @Test
    void shouldPrintAddressesServeClientsAndStopEverythingOnSigterm() throws Exception {
        local = startLocal();
        BufferedReader stdout = reader(local);
        Map<String, String> lines = readReadyLines(stdout);
        String bootstrap = lines.get("bootstrap.servers");
        String registryUrl = lines.get("schema.registry.url");
        assertThat(bootstrap).matches("127\\.0\\.0\\.1:\\d+");
        assertThat(registryUrl).matches("http://127\\.0\\.0\\.1:\\d+/apis/ccompat/v7");
        assertThat(topicNames(bootstrap)).contains(DefaultTopics.HEADLINES, DefaultTopics.TICKS,
            DefaultTopics.REACTIONS, DefaultTopics.DLQ);
        assertThat(httpGet(registryUrl + "/config")).contains("BACKWARD");
        List<ProcessHandle> tree = ProcessTree.withDescendants(local.toHandle());
        assertThat(tree).hasSizeGreaterThanOrEqualTo(3);
        assertThat(temporaryLogDirs()).hasSize(1);

        // SIGTERM; unlike Process.destroy() this leaves our end of stdout open to read it to the end.
        local.toHandle().destroy();

        assertThat(local.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("exited within 30 s").isTrue();
        assertThat(ProcessTree.awaitExit(tree, Duration.ofSeconds(5))).as("no process left").isTrue();
        assertThat(FreePorts.isClosed(port(bootstrap))).isTrue();
        assertThat(FreePorts.isClosed(port(registryUrl))).isTrue();
        assertThat(stdout.readLine()).as("nothing else on stdout").isNull();
        assertThat(temporaryLogDirs()).as("temporary log directory deleted").isEmpty();
    }

    @Test
    void shouldStopRegistryWhenLocalIsKilledAbruptly() throws Exception {
        local = startLocal();
        Map<String, String> lines = readReadyLines(reader(local));
        List<ProcessHandle> children = local.toHandle().descendants().toList();
        assertThat(children).isNotEmpty();

        local.destroyForcibly();

        assertThat(local.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessTree.awaitExit(children, ORPHAN_LIMIT)).as("registry stopped by its watchdog").isTrue();
        assertThat(FreePorts.isClosed(port(lines.get("schema.registry.url")))).isTrue();
    }

    @Test
    void shouldRunAReplicatedClusterOfBrokerJvmsAndStopThemWhenLocalIsKilledAbruptly() throws Exception {
        local = startLocal("--brokers", "3");
        String bootstrap = readReadyLines(reader(local)).get("bootstrap.servers");
        assertThat(bootstrap.split(",")).hasSize(3);
        assertThat(replicas(bootstrap, DefaultTopics.TICKS)).as("replicas per partition").containsOnly(3);
        List<ProcessHandle> descendants = local.toHandle().descendants().toList();
        assertThat(descendants).as("a watchdog and a JVM per broker, the registry").hasSizeGreaterThanOrEqualTo(8);

        local.destroyForcibly();

        assertThat(local.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessTree.awaitExit(descendants, CLUSTER_ORPHAN_LIMIT)).as("brokers stopped by their watchdogs").isTrue();
        for (String address : bootstrap.split(",")) {
            assertThat(FreePorts.isClosed(port(address))).as("%s closed", address).isTrue();
        }
    }

    private Process startLocal(String... options) throws IOException {
        Path jar = Path.of(System.getProperty("newsreaction.jar", "target/news-reaction.jar"));
        assertThat(jar).exists();
        Path stderr = jar.resolveSibling("local-it.stderr.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Djava.io.tmpdir=" + tmp, "-jar", jar.toString(), "local"));
        command.addAll(List.of(options));
        return new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile()))
            .start();
    }

    private List<Path> temporaryLogDirs() throws IOException {
        try (var entries = Files.list(tmp)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("news-reaction-local-logs-")).toList();
        }
    }

    private static List<Integer> replicas(String bootstrap, String topic) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(props)) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic)
                .partitions().stream().map(p -> p.replicas().size()).toList();
        }
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** The two {@code key=value} lines, read within {@link #READY_LIMIT}. */
    private static Map<String, String> readReadyLines(BufferedReader stdout) throws Exception {
        CompletableFuture<List<String>> lines = CompletableFuture.supplyAsync(() -> readTwoLines(stdout));
        List<String> ready = lines.get(READY_LIMIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(ready).hasSize(2);
        assertThat(ready.get(0)).startsWith("bootstrap.servers=");
        assertThat(ready.get(1)).startsWith("schema.registry.url=");
        return Map.of("bootstrap.servers", ready.get(0).substring("bootstrap.servers=".length()),
            "schema.registry.url", ready.get(1).substring("schema.registry.url=".length()));
    }

    private static List<String> readTwoLines(BufferedReader stdout) {
        try {
            String first = stdout.readLine();
            String second = stdout.readLine();
            return first == null || second == null ? List.of() : List.of(first, second);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static java.util.Set<String> topicNames(String bootstrap) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        Admin admin = Admin.create(props);
        try {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS);
        } finally {
            admin.close(Duration.ofSeconds(10));
        }
    }

    private static String httpGet(String url) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int port(String address) {
        String hostPort = address.replaceFirst("^http://", "").replaceFirst("/.*$", "");
        return Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
    }
}
