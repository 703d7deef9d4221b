package io.newsreaction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.fixtures.Cli;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void shouldRequireTheRegistryWithAnExternalCluster() {
        Cli.Result result = Cli.run("bench", "--bootstrap-server", "127.0.0.1:1");

        assertThat(result.code()).isEqualTo(ErrorHandler.EXIT_USAGE);
        assertThat(result.err()).contains("--bootstrap-server and --schema-registry-url go together");
    }

    @Test
    void shouldRequireTheClusterWithAnExternalRegistry() {
        Cli.Result result = Cli.run("bench", "--schema-registry-url", "http://127.0.0.1:1");

        assertThat(result.code()).isEqualTo(ErrorHandler.EXIT_USAGE);
        assertThat(result.err()).contains("--bootstrap-server and --schema-registry-url go together");
    }

    @Test
    void shouldRejectANegativeWarmUp() {
        Cli.Result result = Cli.run("bench", "--warmup", "-1", "--bootstrap-server", "127.0.0.1:1",
                "--schema-registry-url", "http://127.0.0.1:1");

        assertThat(result.code()).isNotZero();
        assertThat(result.err()).contains("warm-up ticks must not be negative: -1");
    }

    @Test
    void shouldRejectAnUnknownBrokerJvm() {
        Cli.Result result = Cli.run("bench", "--broker-jvm", "remote");

        assertThat(result.code()).isEqualTo(ErrorHandler.EXIT_USAGE);
        assertThat(result.err()).contains("--broker-jvm must be shared, own or own-c1: remote");
    }
}
