package io.newsreaction.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsreaction.fixtures.FakeCalendar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.streams.StreamsConfig;
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
    void shouldMaskEveryPasswordTypeKeyOfTheKafkaClientsUnderEveryPrefix() {
        TreeSet<String> passwords = new TreeSet<>();
        for (ConfigDef def : List.of(ProducerConfig.configDef(), ConsumerConfig.configDef(),
                AdminClientConfig.configDef(), StreamsConfig.configDef())) {
            def.configKeys().values().stream().filter(k -> k.type == ConfigDef.Type.PASSWORD)
                    .forEach(k -> passwords.add(k.name));
        }
        assertThat(passwords).contains("ssl.keystore.key", "sasl.oauthbearer.assertion.private.key.passphrase");
        List<String> prefixes = List.of("", "kafka.", "kafka." + StreamsConfig.producerPrefix(""),
                "kafka." + StreamsConfig.mainConsumerPrefix(""), "kafka." + StreamsConfig.adminClientPrefix(""),
                "kafka.listener.name.sasl_ssl.plain.", "schema.registry.");
        List<String> unmasked = new ArrayList<>();
        for (String prefix : prefixes) {
            for (String name : passwords) {
                if (!Secrets.mask(prefix + name, SECRET).equals(Secrets.HIDDEN)) {
                    unmasked.add(prefix + name);
                }
            }
        }
        assertThat(unmasked).isEmpty();
    }

    @Test
    void shouldMaskThePrivateKeyOfAKeystoreGivenInTheEnvironment() {
        String pem = "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkq\n-----END ENCRYPTED PRIVATE KEY-----";
        AppSettings s = new ConfigLoader(FakeCalendar.FACTORY).load(new ConfigSources(Map.of(), Optional.empty(),
                Map.of("NEWS_REACTION_KAFKA_SSL_KEYSTORE_KEY", pem,
                        "NEWS_REACTION_KAFKA_SASL_OAUTHBEARER_ASSERTION_PRIVATE_KEY_PASSPHRASE", SECRET,
                        "NEWS_REACTION_SCHEMA_REGISTRY_SSL_KEYSTORE_KEY", pem), Map.of()));
        assertThat(s.kafka()).containsEntry("ssl.keystore.key", pem);
        assertThat(s.dump()).contains("kafka.ssl.keystore.key=[hidden]",
                "kafka.sasl.oauthbearer.assertion.private.key.passphrase=[hidden]",
                "schema.registry.ssl.keystore.key=[hidden]")
                .doesNotContain("PRIVATE KEY", "MIIF", SECRET);
        assertThat(s.toString()).doesNotContain("PRIVATE KEY", "MIIF", SECRET);
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
