package io.newsreaction.cli;

import ch.qos.logback.classic.Level;
import org.slf4j.LoggerFactory;

/**
 * {@code --verbose}: the project's own loggers at DEBUG, and the embedded broker's and Kafka
 * clients' logs on the console as well as in their file.
 */
final class Verbosity {
    private static final String PROJECT_LOGGER = "io.newsreaction";
    private static volatile boolean verbose;

    private Verbosity() {
    }

    static void enableDebugLogs() {
        verbose = true;
        if (LoggerFactory.getLogger(PROJECT_LOGGER) instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(Level.DEBUG);
        }
    }

    /** True once {@code --verbose} was given. */
    static boolean verbose() {
        return verbose;
    }
}
