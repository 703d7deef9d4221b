package io.newsreaction.embedded;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Sends the in-process broker's logs, and those of the Kafka clients and Kafka Streams running next
 * to it, to a file instead of the console. A healthy embedded stack logs ERRORs and WARNs that are
 * no one's to act on (transactions v2 makes the broker reject a first sequence number it has no
 * state for and the producer retries, KAFKA-18202; metadata warnings while topics are created):
 * on the console of {@code demo} or {@code local} they would read as failures. The project's own
 * loggers ({@code io.newsreaction}) stay on the console. With {@code alsoConsole} (the
 * {@code --verbose} flag) the diverted loggers write to both.
 */
public final class EmbeddedLogs {
    /** The loggers diverted to the file: the broker ({@code kafka.*}, KRaft, storage) and the Kafka clients. */
    static final List<String> DIVERTED = List.of("kafka", "org.apache.kafka", "state.change.logger");
    private static final String APPENDER = "EMBEDDED_FILE";
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger - %msg%n";

    private EmbeddedLogs() {
    }

    /**
     * Appends the diverted loggers to {@code file} (created with its parent directories). Does
     * nothing when logback is not the SLF4J binding.
     *
     * @return the file
     */
    public static Path divertTo(Path file, boolean alsoConsole) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return file;
        }
        Dirs.createDirectories(file.toAbsolutePath().getParent());
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(file.toString());
        appender.setAppend(true);
        appender.setEncoder(encoder);
        appender.start();
        for (String name : DIVERTED) {
            Logger logger = context.getLogger(name);
            logger.detachAppender(APPENDER);
            logger.addAppender(appender);
            logger.setAdditive(alsoConsole);
        }
        return file;
    }
}
