package io.newsreaction.embedded;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds the command line that runs Apicurio Registry under a {@link ParentWatchdog}. */
final class RegistryCommand {
    /** Quick start-up matters more than peak throughput for a development registry. */
    private static final List<String> FAST_START_JVM = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private RegistryCommand() {
    }

    /**
     * @param storageFile H2 database file (without extension) for persistent storage, or null
     *                    for Apicurio's default in-memory storage
     */
    static List<String> build(Path apicurioDir, int port, Path storageFile, long parentPid) {
        List<String> command = new ArrayList<>(watchdog(parentPid));
        command.add(javaExecutable());
        command.add("-Xmx384m");
        command.addAll(FAST_START_JVM);
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

    private static List<String> watchdog(long parentPid) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.add("-Xmx16m");
        command.addAll(FAST_START_JVM);
        command.add("-cp");
        command.add(watchdogClassPath());
        command.add(ParentWatchdog.class.getName());
        command.add(Long.toString(parentPid));
        return command;
    }

    /** Where this class was loaded from: the watchdog needs nothing but the JDK and itself. */
    private static String watchdogClassPath() {
        try {
            return Path.of(ParentWatchdog.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return System.getProperty("java.class.path");
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
