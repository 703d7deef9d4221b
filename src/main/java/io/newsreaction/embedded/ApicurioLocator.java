package io.newsreaction.embedded;

import io.newsreaction.config.EnvironmentMapping;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the unpacked Apicurio Registry (the directory holding its runner jar and {@code lib/}),
 * looking in order at: system property {@value #DIR_PROPERTY}, environment variable
 * {@value #DIR_ENV}, {@code apicurio/} next to the running jar, {@code ./target/apicurio}.
 */
public final class ApicurioLocator {
    public static final String DIR_PROPERTY = "newsreaction.apicurio.dir";
    /** Skipped by the configuration's environment mapping: it is no configuration key. */
    public static final String DIR_ENV = EnvironmentMapping.APICURIO_DIR;
    public static final String RUNNER_JAR = "apicurio-registry-app-2.6.13.Final-runner.jar";

    private ApicurioLocator() {
    }

    /** Locates the Apicurio directory from this JVM's settings, or fails naming every place looked at. */
    public static Path locate() {
        return locate(System.getProperty(DIR_PROPERTY), System.getenv(DIR_ENV), codeLocation(), Path.of(""));
    }

    /** Testable core of {@link #locate()}: null arguments are skipped. */
    static Path locate(String property, String env, Path codeLocation, Path workingDir) {
        List<String> looked = new ArrayList<>();
        List<Path> candidates = new ArrayList<>();
        addCandidate(candidates, looked, property == null || property.isBlank() ? null : Path.of(property),
            "system property " + DIR_PROPERTY);
        addCandidate(candidates, looked, env == null || env.isBlank() ? null : Path.of(env), "environment " + DIR_ENV);
        addCandidate(candidates, looked, codeLocation == null ? null : siblingOf(codeLocation), "next to the jar");
        addCandidate(candidates, looked, workingDir.resolve("target").resolve("apicurio"), "working directory");
        return candidates.stream()
            .filter(dir -> Files.isRegularFile(dir.resolve(RUNNER_JAR)))
            .findFirst()
            .map(Path::toAbsolutePath)
            .orElseThrow(() -> new IllegalStateException("cannot find the embedded schema registry ("
                + RUNNER_JAR + ") in: " + String.join(", ", looked)
                + "; build it with 'mvn -B -DskipTests package' or set " + DIR_ENV));
    }

    private static void addCandidate(List<Path> candidates, List<String> looked, Path dir, String origin) {
        if (dir != null) {
            candidates.add(dir);
            looked.add(dir.toAbsolutePath() + " (" + origin + ")");
        }
    }

    /** {@code apicurio/} in the directory holding the jar (or the classes directory). */
    private static Path siblingOf(Path codeLocation) {
        Path parent = codeLocation.toAbsolutePath().getParent();
        return parent == null ? null : parent.resolve("apicurio");
    }

    private static Path codeLocation() {
        return Optional.ofNullable(ApicurioLocator.class.getProtectionDomain().getCodeSource())
            .map(CodeSource::getLocation)
            .map(ApicurioLocator::toPath)
            .orElse(null);
    }

    private static Path toPath(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
