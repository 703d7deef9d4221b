package io.newsreaction.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;
import org.junit.jupiter.api.Test;

class RegistryClientConfigTest {

    @Test
    void shouldApplyConfluentDefaults() {
        RegistryClientConfig config = RegistryClientConfig.from(Map.of("schema.registry.url", "http://r:8081"));

        assertThat(config.urls()).containsExactly(URI.create("http://r:8081"));
        assertThat(config.userInfo()).isNull();
        assertThat(config.autoRegisterSchemas()).isTrue();
        assertThat(config.useLatestVersion()).isFalse();
        assertThat(config.maxRetries()).isEqualTo(3);
        assertThat(config.retryBackoff()).isEqualTo(Duration.ofMillis(100));
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.truststoreLocation()).isNull();
    }

    @Test
    void shouldSplitUrlsAndKeepPathPrefixes() {
        RegistryClientConfig config = RegistryClientConfig.from(Map.of("schema.registry.url",
                " http://a:8081/ , https://b:8443/apis/ccompat/v7/,"));

        assertThat(config.urls()).containsExactly(URI.create("http://a:8081"),
                URI.create("https://b:8443/apis/ccompat/v7"));
    }

    @Test
    void shouldAllowNoUrlUntilARestClientIsBuilt() {
        RegistryClientConfig config = RegistryClientConfig.from(Map.of());

        assertThat(config.urls()).isEmpty();
        assertThatThrownBy(() -> new RestSchemaRegistryClient(config))
                .isInstanceOf(ConfigException.class)
                .hasMessage("schema.registry.url is required");
    }

    @Test
    void shouldRejectBadUrlsWithoutEchoingCredentials() {
        assertThatThrownBy(() -> RegistryClientConfig.from(Map.of("schema.registry.url", "ftp://u:secret@r")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("invalid URL in schema.registry.url: 'ftp://[hidden]@r'");
        assertThatThrownBy(() -> RegistryClientConfig.from(Map.of("schema.registry.url", "localhost:8081")))
                .hasMessageContaining("schema.registry.url");
    }

    @Test
    void shouldReadUserInfoFromPlainOrPrefixedKeys() {
        RegistryClientConfig plain = RegistryClientConfig.from(Map.of("basic.auth.credentials.source", "USER_INFO",
                "basic.auth.user.info", "alice:pw"));
        RegistryClientConfig prefixed = RegistryClientConfig.from(Map.of(
                "schema.registry.basic.auth.credentials.source", "user_info",
                "schema.registry.basic.auth.user.info", new Password("alice:pw")));

        assertThat(plain.userInfo()).isEqualTo("alice:pw");
        assertThat(prefixed.userInfo()).isEqualTo("alice:pw");
    }

    @Test
    void shouldTakeUserInfoFromTheUrlOnlyForSourceUrl() {
        Map<String, String> url = Map.of("schema.registry.url", "http://bob:pw@r:8081");

        assertThat(RegistryClientConfig.from(url).userInfo()).isEqualTo("bob:pw");
        assertThat(RegistryClientConfig.from(url).urls()).containsExactly(URI.create("http://r:8081"));
    }

    @Test
    void shouldFailFastNamingTheKey() {
        assertThatThrownBy(() -> RegistryClientConfig.from(Map.of("basic.auth.credentials.source", "USER_INFO")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("basic.auth.user.info is required when basic.auth.credentials.source=USER_INFO");
        assertThatThrownBy(() -> RegistryClientConfig.from(Map.of("basic.auth.credentials.source", "USER_INFO",
                "basic.auth.user.info", "no-colon-secret")))
                .hasMessage("basic.auth.user.info must have the form user:password");
        assertThatThrownBy(() -> RegistryClientConfig.from(Map.of("basic.auth.credentials.source", "SASL_INHERIT")))
                .hasMessage("unsupported basic.auth.credentials.source 'SASL_INHERIT': expected USER_INFO or URL");
        assertThatThrownBy(() -> RegistryClientConfig.from(Map.of("schema.registry.read.timeout.ms", "soon")))
                .hasMessage("invalid value 'soon' for schema.registry.read.timeout.ms: expected a non-negative integer");
        assertThatThrownBy(() -> RegistryClientConfig.from(Map.of("schema.registry.connect.timeout.ms", 0)))
                .hasMessage("invalid value '0' for schema.registry.connect.timeout.ms: must be positive");
        assertThatThrownBy(() -> RegistryClientConfig.from(Map.of("schema.registry.max.retries", "-1")))
                .hasMessageContaining("schema.registry.max.retries");
        assertThatThrownBy(() -> RegistryClientConfig.from(Map.of("auto.register.schemas", "yes")))
                .hasMessage("invalid value 'yes' for auto.register.schemas: expected true or false");
    }

    @Test
    void shouldMaskSecretsInToString() {
        RegistryClientConfig config = RegistryClientConfig.from(Map.of(
                "schema.registry.url", "https://r:8443",
                "basic.auth.credentials.source", "USER_INFO",
                "basic.auth.user.info", "alice:topsecret",
                "schema.registry.ssl.truststore.location", "/etc/trust.p12",
                "schema.registry.ssl.truststore.password", "storesecret"));

        assertThat(config.toString())
                .contains("alice:[hidden]", "/etc/trust.p12", "https://r:8443")
                .doesNotContain("topsecret", "storesecret");
    }

    @Test
    void shouldNameTheKeyWhenTheTrustStoreCannotBeLoaded() {
        RegistryClientConfig config = RegistryClientConfig.from(Map.of(
                "schema.registry.url", "https://r:8443",
                "schema.registry.ssl.truststore.location", "/nonexistent/trust.p12",
                "schema.registry.ssl.truststore.password", "storesecret"));

        assertThatThrownBy(() -> new RestSchemaRegistryClient(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("cannot load trust store schema.registry.ssl.truststore.location="
                        + "/nonexistent/trust.p12")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("storesecret"));
    }
}
