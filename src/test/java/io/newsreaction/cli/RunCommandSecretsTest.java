package io.newsreaction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Secrets given in a config file or with {@code --set} never reach {@code --print-config}, {@code --help} or error lines. */
class RunCommandSecretsTest {
    private static final List<String> SECRETS = List.of("Jaas-S3cret", "Reg-S3cret", "Trust-S3cret", "Key-S3cret",
            "RegTrust-S3cret", "Http-S3cret", "Url-S3cret", "Pem-S3cret", "Phrase-S3cret");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void shouldMaskEverySecretInThePrintedConfig(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("app.properties");
        Files.writeString(file, String.join("\n",
                "kafka.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required "
                        + "username=\"app\" password=\"Jaas-S3cret\";",
                "basic.auth.user.info=reg-user:Reg-S3cret",
                "kafka.ssl.truststore.password=Trust-S3cret",
                "kafka.ssl.keystore.password=Key-S3cret",
                "kafka.ssl.key.password=Key-S3cret",
                "kafka.ssl.keystore.key=-----BEGIN PRIVATE KEY----- Pem-S3cret -----END PRIVATE KEY-----",
                "kafka.sasl.oauthbearer.assertion.private.key.passphrase=Phrase-S3cret",
                "schema.registry.ssl.truststore.password=RegTrust-S3cret"));
        String printed = captureStdout(() -> run("run", "--config", file.toString(), "--set", "http.token=Http-S3cret",
                "--schema-registry-url", "https://user:Url-S3cret@registry:8081", "--print-config"));

        assertThat(printed).contains("kafka.sasl.jaas.config=[hidden]", "basic.auth.user.info=[hidden]",
                "kafka.ssl.truststore.password=[hidden]",
                "kafka.ssl.keystore.password=[hidden]", "kafka.ssl.key.password=[hidden]",
                "kafka.ssl.keystore.key=[hidden]", "kafka.sasl.oauthbearer.assertion.private.key.passphrase=[hidden]",
                "schema.registry.ssl.truststore.password=[hidden]", "http.token=[hidden]",
                "schema.registry.url=https://[hidden]@registry:8081");
        assertNoSecret(printed + out + err);
    }

    @Test
    void shouldShowNoSecretInHelp() {
        assertThat(run("run", "--set", "http.token=Http-S3cret", "--set", "basic.auth.user.info=u:Reg-S3cret", "--help")).isZero();
        assertThat(run("--help")).isZero();

        assertThat(out.toString()).contains("--print-config", "--set");
        assertNoSecret(out.toString() + err);
    }

    @Test
    void shouldMaskSecretsInConfigurationErrors() {
        int exit = run("run", "--set", "basic.auth.user.info=Reg-S3cret", "--print-config");
        run("run", "--schema-registry-url", "ftp://user:Url-S3cret@registry", "--print-config");

        assertThat(exit).isEqualTo(ErrorHandler.EXIT_USAGE);
        assertThat(err.toString().lines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("error: "));
        assertNoSecret(out.toString() + err);
    }

    private static void assertNoSecret(String text) {
        for (String secret : SECRETS) {
            assertThat(text).doesNotContain(secret);
        }
    }

    private int run(String... args) {
        CommandLine cli = ErrorHandler.install(new CommandLine(new NewsReactionCommand()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** {@code --print-config} writes to System.out. */
    private static String captureStdout(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
