package io.newsreaction.embedded;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import kafka.tools.StorageTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Formats a KRaft node's log directory once ({@code kafka-storage format}), so a restart on the
 * same directory keeps its records, cluster id and node id.
 */
final class KafkaStorage {
    private static final Logger log = LoggerFactory.getLogger(KafkaStorage.class);

    private KafkaStorage() {
    }

    /**
     * Formats {@code logDir} unless it holds a {@code meta.properties} already.
     *
     * @param configFile where the node's properties are written for the tool
     * @param extraArgs  e.g. {@code --standalone} for a single node with a dynamic quorum; none for static voters
     */
    static void formatIfNeeded(Path logDir, Map<String, String> props, Path configFile, String clusterId,
            List<String> extraArgs) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        Properties fileProps = new Properties();
        fileProps.putAll(props);
        Dirs.writeProperties(configFile, fileProps, "used to format the storage");
        List<String> args = new ArrayList<>(List.of("format", "-t", clusterId, "-c", configFile.toString()));
        args.addAll(extraArgs);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int code = StorageTool.execute(args.toArray(String[]::new), new PrintStream(output, true, StandardCharsets.UTF_8));
        String text = output.toString(StandardCharsets.UTF_8).trim();
        if (code != 0) {
            throw new IllegalStateException("cannot format Kafka storage in " + logDir + ": " + text);
        }
        log.debug("Formatted Kafka storage: {}", text);
    }
}
