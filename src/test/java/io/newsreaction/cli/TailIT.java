package io.newsreaction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsreaction.fixtures.Cli;
import io.newsreaction.fixtures.SharedStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code tail} on records written by {@code ingest} through the shared embedded stack. */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class TailIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String ingestHeadlines(String topic) throws Exception {
        Path file = Files.writeString(dir.resolve("news.jsonl"), String.join("\n",
                "{\"id\":\"h1\",\"publishedAt\":\"2025-01-27T12:00:00Z\",\"kind\":\"PUBLIC_FIGURE_CLAIM\","
                        + "\"actor\":\"Marc Andreessen\",\"title\":\"DeepSeek R1 is AI's Sputnik moment\",\"tickers\":[\"NVDA\"]}",
                "{\"id\":\"h2\",\"publishedAt\":\"2025-01-27\",\"title\":\"Chip stocks slide\"}"));
        Cli.Result ingest = Cli.onSharedStack("ingest", "headlines", file.toString(), "--topic", topic);
        assertThat(ingest.code()).as(ingest.err()).isZero();
        return file.toString();
    }

    @Test
    void shouldPrintOneJsonObjectPerRecord() throws Exception {
        String topic = SharedStack.unique("headlines");
        ingestHeadlines(topic);

        Cli.Result tail = Cli.onSharedStack("tail", topic, "--from-beginning", "--max-messages", "2", "--timeout", "PT20S");

        assertThat(tail.code()).as(tail.err()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : tail.outLines()) {
            lines.add(JSON.readTree(line));
        }
        lines.sort(Comparator.comparing(n -> n.get("key").asText()));
        assertThat(lines).hasSize(2);
        JsonNode first = lines.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("topic", "partition", "offset", "timestamp", "key", "value");
        assertThat(first.get("topic").asText()).isEqualTo(topic);
        assertThat(first.get("timestamp").asText()).isEqualTo("2025-01-27T12:00:00Z");
        assertThat(first.get("key").asText()).isEqualTo("h1");
        assertThat(first.get("value").get("actor").asText()).isEqualTo("Marc Andreessen");
        assertThat(first.get("value").get("publishedAt").asText()).isEqualTo("2025-01-27T12:00:00Z");
        assertThat(first.get("value").get("kind").asText()).isEqualTo("PUBLIC_FIGURE_CLAIM");
        assertThat(first.get("value").get("tickers").get(0).asText()).isEqualTo("NVDA");
        JsonNode second = lines.get(1);
        assertThat(second.get("timestamp").asText()).isEqualTo("2025-01-27T05:00:00Z");
        assertThat(second.get("value").get("actor").isNull()).isTrue();
        assertThat(second.get("value").get("timePrecision").asText()).isEqualTo("DAY");
    }

    @Test
    void shouldPrintATableWhenAsked() throws Exception {
        String topic = SharedStack.unique("headlines");
        ingestHeadlines(topic);

        Cli.Result tail = Cli.onSharedStack("tail", topic, "--from-beginning", "--max-messages", "2", "--format", "table");

        assertThat(tail.code()).as(tail.err()).isZero();
        assertThat(tail.outLines()).hasSize(3);
        assertThat(tail.outLines().get(0)).startsWith("PART");
        assertThat(tail.out()).contains("actor=Marc Andreessen title=DeepSeek R1");
    }

    @Test
    void shouldExitWhenNothingArrivesWithinTheTimeout() throws Exception {
        String topic = SharedStack.unique("headlines");
        ingestHeadlines(topic);
        long started = System.nanoTime();

        Cli.Result tail = Cli.onSharedStack("tail", topic, "--timeout", "PT1S");

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(tail.code()).as(tail.err()).isZero();
        assertThat(tail.out()).isEmpty();
        assertThat(tail.err()).contains("0 record(s) from " + topic);
        assertThat(took).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(20));
    }

    @Test
    void shouldFailOnOneLineForAMissingTopic() {
        Cli.Result tail = Cli.onSharedStack("tail", SharedStack.unique("missing"), "--timeout", "PT1S");

        assertThat(tail.code()).isEqualTo(1);
        assertThat(tail.err().lines()).singleElement().asString().contains("does not exist");
    }
}
