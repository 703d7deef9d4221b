package io.newsreaction.cli;

import ch.qos.logback.classic.Level;
import org.slf4j.LoggerFactory;

/** Switches the project's own loggers to DEBUG for {@code --verbose}. */
final class Verbosity {
    private static final String PROJECT_LOGGER = "io.newsreaction";

    private Verbosity() {
    }

    static void enableDebugLogs() {
        if (LoggerFactory.getLogger(PROJECT_LOGGER) instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(Level.DEBUG);
        }
    }
}
