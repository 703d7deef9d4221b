package io.newsreaction.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import io.newsreaction.avro.Headline;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.avro.Tick;
import io.newsreaction.cli.ErrorHandler;
import io.newsreaction.cli.NewsReactionCommand;
import io.newsreaction.client.ReactionsReader;
import io.newsreaction.client.RecordPublisher;
import io.newsreaction.config.AppSettings;
import io.newsreaction.embedded.EmbeddedKafka;
import io.newsreaction.embedded.FreePorts;
import io.newsreaction.fixtures.Await;
import io.newsreaction.fixtures.CapturedLogs;
import io.newsreaction.fixtures.Headlines;
import io.newsreaction.fixtures.SharedStack;
import io.newsreaction.fixtures.TestApp;
import io.newsreaction.fixtures.TickRecords;
import io.newsreaction.registry.SchemaRegistryClient;
import io.newsreaction.runtime.ReactionService;
import io.newsreaction.topology.ReactionSerdes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * An in-process broker with a SASL_PLAINTEXT (PLAIN) listener: with the right {@code kafka.*}
 * credentials the service, an ingest-style transactional producer and a tail-style read_committed
 * consumer work; with a wrong password each fails with a clear authentication error, and the
 * password appears in no log line, exception or command output.
 */
class SaslIT {
    private static final String APP_PASSWORD = "App-S3cret-pw";
    private static final String WRONG_PASSWORD = "Wr0ng-S3cret-pw";
    private static final Instant T0 = Instant.parse("2025-01-27T15:00:00Z");
    private static EmbeddedKafka kafka;
    private static String saslBootstrap;

    @BeforeAll
    static void startSaslBroker() {
        int saslPort = FreePorts.find();
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("listeners", "PLAINTEXT://127.0.0.1:{BROKER_PORT},CONTROLLER://127.0.0.1:{CONTROLLER_PORT},"
                + "SASL_PLAINTEXT://127.0.0.1:" + saslPort);
        extra.put("advertised.listeners", "PLAINTEXT://127.0.0.1:{BROKER_PORT},SASL_PLAINTEXT://127.0.0.1:" + saslPort);
        extra.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT");
        extra.put("sasl.enabled.mechanisms", "PLAIN");
        extra.put("listener.name.sasl_plaintext.plain.sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule "
                + "required username=\"admin\" password=\"admin-pw\" user_admin=\"admin-pw\" user_app=\"" + APP_PASSWORD + "\";");
        kafka = EmbeddedKafka.start(null, extra);
        saslBootstrap = kafka.bootstrapServers("SASL_PLAINTEXT");
    }

    @AfterAll
    static void stopSaslBroker() {
        kafka.close();
    }

    /** {@code kafka.*} keys for the SASL listener as user {@code app}. */
    private static Map<String, String> saslKeys(String password) {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("kafka.security.protocol", "SASL_PLAINTEXT");
        keys.put("kafka.sasl.mechanism", "PLAIN");
        keys.put("kafka.sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required "
                + "username=\"app\" password=\"" + password + "\";");
        keys.put("kafka.max.block.ms", "20000");
        return keys;
    }

    @Test
    void shouldRunIngestAndTailWithTheRightCredentials() throws Exception {
        AppSettings settings = TestApp.settings("sasl", saslBootstrap, SharedStack.get().schemaRegistryUrl(), saslKeys(APP_PASSWORD));
        SchemaRegistryClient client = ReactionService.registryClient(settings);
        ReactionSerdes serdes = ReactionService.serdes(client, settings.registry());
        try (TestApp app = TestApp.start(settings, client)) {
            try (RecordPublisher ingest = new RecordPublisher(settings.kafka(), settings.applicationId() + "-ingest")) {
                ingest.publish(feed(), r -> item(settings, r), new RecordPublisher.Codec<>(new StringSerializer(), values(serdes)));
            }
            Await.until("a FINAL reaction read over SASL", Duration.ofSeconds(90), () -> tail(settings, serdes).stream()
                    .anyMatch(r -> r.getStatus() == ReactionStatus.FINAL));
        }
    }

    @Test
    void shouldFailClearlyWithAWrongPasswordAndLeakItNowhere(@TempDir Path stateDir) throws Exception {
        AppSettings settings = TestApp.settings("sasl-wrong", saslBootstrap, SharedStack.get().schemaRegistryUrl(),
                saslKeys(WRONG_PASSWORD));
        ReactionSerdes serdes = ReactionService.serdes(ReactionService.registryClient(settings), settings.registry());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (CapturedLogs logs = CapturedLogs.capture(Level.INFO, "io.newsreaction", "org.apache.kafka")) {
            assertThatThrownBy(() -> new RecordPublisher(settings.kafka(), "ingest-wrong"))
                    .isInstanceOf(SaslAuthenticationException.class)
                    .hasMessageContaining("Authentication failed").hasMessageNotContaining(WRONG_PASSWORD);
            assertThatThrownBy(() -> tail(settings, serdes))
                    .isInstanceOf(SaslAuthenticationException.class)
                    .hasMessageContaining("Authentication failed").hasMessageNotContaining(WRONG_PASSWORD);
            int exit = run(out, err, runArgs(settings, stateDir));

            assertThat(exit).isEqualTo(ErrorHandler.EXIT_FAILURE);
            assertThat(err.toString().lines()).singleElement().asString()
                    .startsWith("error: cannot check topics at " + saslBootstrap + ": Authentication failed")
                    .contains("Invalid username or password");
            assertThat(logs.events()).isNotEmpty();
            assertThat(logs.text()).doesNotContain(WRONG_PASSWORD);
        }
        assertThat(out.toString() + err).doesNotContain(WRONG_PASSWORD);
        Files.deleteIfExists(settings.stateDir().orElseThrow());
    }

    private static List<String> runArgs(AppSettings settings, Path stateDir) {
        List<String> args = new ArrayList<>(List.of("run", "--bootstrap-server", saslBootstrap,
                "--schema-registry-url", SharedStack.get().schemaRegistryUrl(), "--state-dir", stateDir.toString(), "--http-port", "0"));
        Map<String, String> keys = new LinkedHashMap<>(saslKeys(WRONG_PASSWORD));
        keys.put("application.id", settings.applicationId());
        keys.put("topics.headlines", settings.topics().headlines());
        keys.put("topics.ticks", settings.topics().ticks());
        keys.put("topics.reactions", settings.topics().reactions());
        keys.put("topics.dlq", settings.topics().dlq());
        keys.forEach((k, v) -> args.addAll(List.of("--set", k + "=" + v)));
        return args;
    }

    private static int run(StringWriter out, StringWriter err, List<String> args) {
        CommandLine cli = ErrorHandler.install(new CommandLine(new NewsReactionCommand()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args.toArray(String[]::new));
    }

    private static List<MarketReaction> tail(AppSettings settings, ReactionSerdes serdes) {
        return ReactionsReader.latestPerKey(new HashMap<>(settings.kafka()), settings.topics().reactions(),
                serdes.reactionKey().deserializer(), serdes.reaction().deserializer(), Map.of());
    }

    private static List<SpecificRecord> feed() {
        List<SpecificRecord> feed = new ArrayList<>();
        for (String offset : List.of("-PT1M", "PT30S", "PT3M", "PT7M")) {
            Instant at = T0.plus(Duration.parse(offset));
            feed.add(TickRecords.of("NVDA").at(at).price(offset.startsWith("-") ? 120 : 118).size(5).build());
            feed.add(TickRecords.of("QQQ").at(at).price(500).size(5).build());
            if (offset.startsWith("-")) {
                feed.add(Headlines.id("h-sasl").at(T0).tickers("NVDA").build());
            }
        }
        return feed;
    }

    private static RecordPublisher.Item<String, SpecificRecord> item(AppSettings settings, SpecificRecord r) {
        if (r instanceof Tick t) {
            return new RecordPublisher.Item<>(settings.topics().ticks(), t.getSymbol(), t, t.getTs().toEpochMilli());
        }
        Headline h = (Headline) r;
        return new RecordPublisher.Item<>(settings.topics().headlines(), h.getId(), h, h.getPublishedAt().toEpochMilli());
    }

    private static Serializer<SpecificRecord> values(ReactionSerdes serdes) {
        return (topic, data) -> data instanceof Tick t ? serdes.tick().serializer().serialize(topic, t)
                : serdes.headline().serializer().serialize(topic, (Headline) data);
    }
}
