package io.newsreaction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.fixtures.Cli;
import io.newsreaction.fixtures.SharedStack;
import io.newsreaction.fixtures.TopicProbe;
import io.newsreaction.registry.RestSchemaRegistryClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest} against the shared embedded Kafka and schema registry. */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class IngestIT {
    private static final String HEADER = "symbol,ts,price,size,venue\n";
    private static final Path NVDA_BARS = Path.of("src/main/resources/data/deepseek-2025-01/bars-5min/NVDA.csv");

    @TempDir
    Path dir;

    private String file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content).toString();
    }

    @Test
    void shouldPublishNothingAndNameTheLineWhenOneRowIsBad() throws Exception {
        String topic = SharedStack.unique("ticks");
        TopicProbe.create(topic, 3);
        String ticks = file("ticks.csv", HEADER + "NVDA,2025-01-27T14:30:00Z,142.6,100,\nNVDA,2025-01-27T14:31:00Z,abc,100,\n"
                + "AAPL,2025-01-27T14:32:00Z,230.1,50,XNAS\n");

        Cli.Result result = Cli.onSharedStack("ingest", "ticks", ticks, "--topic", topic);

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains(ticks + ":3: price is not a number: 'abc'");
        assertThat(TopicProbe.committedEnd(topic)).isZero();
    }

    @Test
    void shouldPublishTheGoodRowsAndWriteRejectsWhenSkippingInvalid() throws Exception {
        String topic = SharedStack.unique("ticks");
        String ticks = file("ticks.csv", HEADER + "NVDA,1737988200000,142.6,100,\nNVDA,2025-01-27T14:31:00Z,-3,100,\n"
                + "aapl,2025-01-27T14:32:00Z,230.1,50,XNAS\n");

        Cli.Result result = Cli.onSharedStack("ingest", "ticks", ticks, "--topic", topic, "--skip-invalid");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("published 2 records to " + topic, "1 rejected", "records/s");
        assertThat(Files.readAllLines(dir.resolve("ticks.csv.rejects"))).containsExactly(
                "# " + ticks + ":3: price must be positive: '-3'", "NVDA,2025-01-27T14:31:00Z,-3,100,");
        List<ConsumerRecord<byte[], byte[]>> records = TopicProbe.readAll(topic);
        assertThat(records).extracting(r -> new String(r.key(), StandardCharsets.UTF_8)).containsExactlyInAnyOrder("NVDA", "AAPL");
        assertThat(records).extracting(ConsumerRecord::timestamp).containsExactlyInAnyOrder(
                1737988200000L, Instant.parse("2025-01-27T14:32:00Z").toEpochMilli());
        assertThat(records).allSatisfy(r -> assertThat(r.value()[0]).isZero());
    }

    @Test
    void shouldExpandEveryBarOfTheBundledNvdaFileToFourTicks() throws Exception {
        String topic = SharedStack.unique("ticks");
        long bars = Files.readAllLines(NVDA_BARS).size() - 1;

        Cli.Result result = Cli.onSharedStack("ingest", "bars", NVDA_BARS.toString(), "--symbol", "nvda", "--topic", topic);

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("published " + 4 * bars + " records to " + topic);
        System.out.println("NVDA bars ingest: " + result.out().strip());
        assertThat(TopicProbe.committedEnd(topic)).isGreaterThanOrEqualTo(4 * bars);
        assertThat(TopicProbe.readAll(topic)).hasSize((int) (4 * bars))
                .allSatisfy(r -> assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo("NVDA"));
    }

    @Test
    void shouldReportAnIncompatibleSchemaOnOneLine() throws Exception {
        String topic = SharedStack.unique("ticks");
        Schema older = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Tick\",\"namespace\":\"io.newsreaction.avro\","
                + "\"fields\":[{\"name\":\"symbol\",\"type\":\"int\"}]}");
        RestSchemaRegistryClient.fromConfig(Map.of("schema.registry.url", SharedStack.get().schemaRegistryUrl()))
                .register(topic + "-value", older);
        String ticks = file("ticks.csv", HEADER + "NVDA,2025-01-27T14:30:00Z,142.6,100,\n");

        Cli.Result result = Cli.onSharedStack("ingest", "ticks", ticks, "--topic", topic);

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().lines()).singleElement().asString()
                .startsWith("error: nothing published to " + topic + ": schema is incompatible with the latest version of subject "
                        + topic + "-value");
    }
}
