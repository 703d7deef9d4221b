package io.newsreaction.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsreaction.fixtures.FakeCalendar;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretsTest {

    private static final String SECRET = "s3cr3t-Value";

    @Test
    void shouldRecognizeSecretKeys() {
        assertThat(Secrets.isSecret("basic.auth.user.info")).isTrue();
        assertThat(Secrets.isSecret("schema.registry.basic.auth.user.info")).isTrue();
        assertThat(Secrets.isSecret("kafka.sasl.jaas.config")).isTrue();
        assertThat(Secrets.isSecret("ssl.keystore.password")).isTrue();
        assertThat(Secrets.isSecret("http.token")).isTrue();
        assertThat(Secrets.isSecret("oauth.client.SECRET")).isTrue();
        assertThat(Secrets.isSecret("basic.auth.credentials.source")).isFalse();
        assertThat(Secrets.isSecret("bootstrap.servers")).isFalse();
    }

    @Test
    void shouldMaskSecretValuesAndUrlUserInfo() {
        assertThat(Secrets.mask("http.token", SECRET)).isEqualTo("[hidden]");
        assertThat(Secrets.mask("http.token", "")).isEmpty();
        assertThat(Secrets.mask("schema.registry.url", "https://user:pw@reg:8081,https://reg2"))
                .isEqualTo("https://[hidden]@reg:8081,https://reg2");
        assertThat(Secrets.mask("topics.ticks", "market.ticks")).isEqualTo("market.ticks");
    }

    @Test
    void shouldNeverPrintSecretsInToStringOrDump() {
        AppSettings s = new ConfigLoader(FakeCalendar.FACTORY).load(new ConfigSources(Map.of(), Optional.empty(),
                Map.of("NEWS_REACTION_KAFKA_SASL_JAAS_CONFIG", "jaas password=\"" + SECRET + "\";"),
                Map.of("http.token", SECRET, "schema.registry.basic.auth.user.info", "user:" + SECRET,
                        "kafka.ssl.truststore.password", SECRET,
                        "schema.registry.url", "http://user:" + SECRET + "@registry:8081")));
        assertThat(s.http().token()).isEqualTo(SECRET);
        assertThat(s.registry()).containsEntry("basic.auth.user.info", "user:" + SECRET);
        assertThat(s.toString()).doesNotContain(SECRET).contains("[hidden]");
        assertThat(s.http().toString()).doesNotContain(SECRET);
        assertThat(s.dump()).doesNotContain(SECRET).contains("http.token=[hidden]");
    }

    @Test
    void shouldMaskSecretValuesInErrors() {
        assertThatThrownBy(() -> new ConfigLoader(FakeCalendar.FACTORY).load(new ConfigSources(Map.of(),
                Optional.empty(), Map.of(), Map.of("basic.auth.user.info", SECRET))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("basic.auth.user.info=[hidden]: expected USER:PASSWORD");
    }
}
