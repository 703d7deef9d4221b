package io.newsreaction.embedded;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds the command line that runs Apicurio Registry under a {@link ParentWatchdog}. */
final class RegistryCommand {
    private RegistryCommand() {
    }

    /**
     * @param storageFile H2 database file (without extension) for persistent storage, or null
     *                    for Apicurio's default in-memory storage
     */
    static List<String> build(Path apicurioDir, int port, Path storageFile, long parentPid) {
        List<String> command = new ArrayList<>(ParentWatchdog.command(parentPid));
        command.add(ParentWatchdog.javaExecutable());
        command.add("-Xmx384m");
        command.addAll(ParentWatchdog.FAST_START_JVM);
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.datasource.jdbc.min-size=1");
        command.add("-Dquarkus.datasource.jdbc.initial-size=1");
        if (storageFile != null) {
            command.add("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + storageFile.toAbsolutePath());
        }
        command.add("-jar");
        command.add(apicurioDir.resolve(ApicurioLocator.RUNNER_JAR).toAbsolutePath().toString());
        return command;
    }
}
