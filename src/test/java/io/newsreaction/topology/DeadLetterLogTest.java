package io.newsreaction.topology;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.read.ListAppender;
import io.newsreaction.fixtures.Headlines;
import io.newsreaction.fixtures.InMemorySchemaRegistryClient;
import io.newsreaction.fixtures.TickRecords;
import io.newsreaction.runtime.ReactionService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Under the logging configuration the jar ships ({@code src/main/resources/logback.xml}), each
 * dead-lettered record logs one line: the handler's, with the reason and the source coordinates,
 * and no stack trace or writer schema from Kafka's own handlers and deserializer.
 */
class DeadLetterLogTest {
    private static final Instant T0 = Instant.parse("2025-01-27T15:30:00Z");
    private final LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();

    @AfterEach
    void restoreTestLogging() throws Exception {
        logging.reset();
        new ContextInitializer(logging).autoConfig();
    }

    @Test
    void shouldLogOneLineWithoutAStackTracePerDeadLetteredRecord() throws Exception {
        ListAppender<ILoggingEvent> lines = shippedLogging();
        ReactionSerdes serdes = ReactionService.serdes(new InMemorySchemaRegistryClient(), Map.of());
        try (TopologyTestDriver driver = DeadLetterTopologyTest.driver("dead-letter-log-test", serdes, new ReactionMetrics())) {
            TestInputTopic<String, byte[]> ticks = driver.createInputTopic(DeadLetterTopologyTest.TICKS,
                    new StringSerializer(), new ByteArraySerializer());
            TestInputTopic<String, byte[]> headlines = driver.createInputTopic(DeadLetterTopologyTest.HEADLINES,
                    new StringSerializer(), new ByteArraySerializer());
            lines.list.clear();

            ticks.pipeInput(new TestRecord<>("AAA", "{\"symbol\":\"AAA\"}".getBytes(StandardCharsets.UTF_8), T0));
            ticks.pipeInput(new TestRecord<>("AAA", serdes.tick().serializer().serialize(DeadLetterTopologyTest.TICKS,
                    TickRecords.of("AAA").at(T0).price(-1).build()), T0));
            headlines.pipeInput(new TestRecord<>("h1", serdes.headline().serializer().serialize(DeadLetterTopologyTest.HEADLINES,
                    Headlines.id("h1").at(T0).title("t".repeat(5_000)).tickers("AAA").build()), T0));
        }

        List<ILoggingEvent> warnings = lines.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).toList();
        assertThat(warnings).extracting(ILoggingEvent::getFormattedMessage).hasSize(3).allSatisfy(line -> {
            assertThat(line).startsWith("dead-lettered in.");
            assertThat(line).doesNotContain("\n");
        });
        assertThat(warnings).extracting(ILoggingEvent::getFormattedMessage).anySatisfy(line ->
                assertThat(line).contains("in.ticks-0@0").contains("cannot deserialize"));
        assertThat(warnings).allSatisfy(e -> assertThat(e.getThrowableProxy()).as(e.getFormattedMessage()).isNull());
    }

    /** Configures logging from the shipped file and records every event that passes its levels. */
    private ListAppender<ILoggingEvent> shippedLogging() throws Exception {
        logging.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(logging);
        configurator.doConfigure(Path.of("src/main/resources/logback.xml").toFile());
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.setContext(logging);
        lines.start();
        logging.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(lines);
        return lines;
    }
}
