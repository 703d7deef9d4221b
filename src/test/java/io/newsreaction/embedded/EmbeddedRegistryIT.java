package io.newsreaction.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 600, unit = TimeUnit.SECONDS)
class EmbeddedRegistryIT {
    private static final String V1 = "{\"type\":\"record\",\"name\":\"Tick\",\"fields\":[{\"name\":\"symbol\",\"type\":\"string\"}]}";
    private static final String OTHER = "{\"type\":\"record\",\"name\":\"Other\",\"fields\":[{\"name\":\"x\",\"type\":\"int\"}]}";
    private static final String BREAKING = "{\"type\":\"record\",\"name\":\"Tick\",\"fields\":["
        + "{\"name\":\"symbol\",\"type\":\"string\"},{\"name\":\"price\",\"type\":\"double\"}]}";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDir;

    @Test
    void shouldEnforceBackwardAndKeepSchemaIdsAcrossRestartOnSameDataDir() throws Exception {
        int tickId;
        int otherId;
        List<ProcessHandle> tree;
        try (EmbeddedRegistry registry = EmbeddedRegistry.start(dataDir)) {
            assertThat(registry.url()).isEqualTo("http://127.0.0.1:" + registry.port() + "/apis/ccompat/v7");
            assertThat(get(registry, "/config").body()).contains("BACKWARD");
            tickId = register(registry, "market.ticks-value", V1);
            otherId = register(registry, "other-value", OTHER);
            assertThat(post(registry, "/subjects/market.ticks-value/versions", BREAKING).statusCode()).isEqualTo(409);
            tree = ProcessTree.withDescendants(registry.process());
            assertThat(tree).hasSizeGreaterThanOrEqualTo(2);
        }
        assertNoneAlive(tree);

        try (EmbeddedRegistry registry = EmbeddedRegistry.start(dataDir)) {
            assertThat(register(registry, "market.ticks-value", V1)).isEqualTo(tickId);
            assertThat(get(registry, "/schemas/ids/" + otherId).body()).contains("Other");
            assertThat(get(registry, "/config").body()).contains("BACKWARD");
            tree = ProcessTree.withDescendants(registry.process());
        }
        assertNoneAlive(tree);
    }

    private static void assertNoneAlive(List<ProcessHandle> tree) {
        assertThat(ProcessTree.awaitExit(tree, Duration.ofSeconds(5))).isTrue();
    }

    private int register(EmbeddedRegistry registry, String subject, String schema) throws Exception {
        HttpResponse<String> response = post(registry, "/subjects/" + subject + "/versions", schema);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Integer.parseInt(response.body().replaceAll("[^0-9]", ""));
    }

    private HttpResponse<String> post(EmbeddedRegistry registry, String path, String schema) throws Exception {
        String body = "{\"schema\":\"" + schema.replace("\"", "\\\"") + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(registry.url() + path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/vnd.schemaregistry.v1+json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(EmbeddedRegistry registry, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(registry.url() + path))
            .timeout(Duration.ofSeconds(10)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
