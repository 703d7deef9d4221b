package io.newsreaction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class ConnectionOptionsTest {

    @Command(name = "probe")
    static class Probe {
        @Mixin
        ConnectionOptions connection;
    }

    private static ConnectionOptions parse(String... args) {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs(args);
        return probe.connection;
    }

    @Test
    void shouldTurnOptionsIntoFlagOverrides() {
        ConnectionOptions options = parse("--bootstrap-server", "b:9092", "--schema-registry-url", "http://r:8081",
                "--config", "app.yaml", "--set", "reaction.grace=PT2M", "--set", "kafka.bootstrap.servers=ignored:1");
        assertThat(options.configFile()).contains(Path.of("app.yaml"));
        assertThat(options.flagOverrides()).containsOnly(
                Map.entry("reaction.grace", "PT2M"),
                Map.entry("kafka.bootstrap.servers", "b:9092"),
                Map.entry("schema.registry.url", "http://r:8081"));
    }

    @Test
    void shouldHaveNoOverridesByDefault() {
        ConnectionOptions options = parse();
        assertThat(options.configFile()).isEmpty();
        assertThat(options.flagOverrides()).isEmpty();
    }
}
