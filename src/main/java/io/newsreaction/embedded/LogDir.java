package io.newsreaction.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where {@code local} writes the embedded stack's logs: {@code DIR/logs} under a data directory,
 * kept, or else a temporary directory of its own, deleted on {@link #close()} and on JVM shutdown
 * (SIGINT, SIGTERM) once the stack writing into it has stopped. Only that directory is deleted.
 */
public final class LogDir implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LogDir.class);
    static final String TEMP_PREFIX = "news-reaction-local-logs-";

    private final Path path;
    private final boolean temporary;
    private AutoCloseable writer = () -> { };
    private Thread shutdownHook;
    private boolean kept;
    private boolean closed;

    private LogDir(Path path, boolean temporary) {
        this.path = path;
        this.temporary = temporary;
    }

    /** {@code dataDir/logs}, or, when {@code dataDir} is null, a new temporary directory. */
    public static LogDir of(Path dataDir) {
        return dataDir != null ? new LogDir(dataDir.resolve("logs"), false)
            : temporaryIn(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** A new temporary directory in {@code parent}, deleted on close and on JVM shutdown. */
    static LogDir temporaryIn(Path parent) {
        try {
            LogDir dir = new LogDir(Files.createTempDirectory(parent, TEMP_PREFIX), true);
            dir.shutdownHook = ShutdownHooks.register("log-dir-cleanup", dir::close);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory in " + parent, e);
        }
    }

    public Path path() {
        return path;
    }

    /** True when this directory is deleted on close. */
    public boolean temporary() {
        return temporary;
    }

    /** Closes {@code stack} before deleting the directory, so that nothing writes into it meanwhile. */
    public synchronized void stopFirst(AutoCloseable stack) {
        this.writer = stack;
    }

    /** Keeps a temporary directory after all, e.g. for the logs of a failed start. */
    public synchronized void keep() {
        kept = true;
        ShutdownHooks.unregister(shutdownHook);
    }

    /** Stops the stack given to {@link #stopFirst}, then deletes the directory if it is a temporary one. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            writer.close();
        } catch (Exception e) {
            log.warn("Could not stop the embedded stack before deleting {}: {}", path, e.getMessage());
        }
        ShutdownHooks.unregister(shutdownHook);
        if (temporary && !kept) {
            Dirs.deleteQuietly(path);
        }
    }

    /** The hook that closes this directory on JVM shutdown (null when not temporary). */
    synchronized Thread shutdownHook() {
        return shutdownHook;
    }
}
