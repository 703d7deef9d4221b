package io.newsreaction.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsreaction.config.AppSettings;
import io.newsreaction.config.ConfigLoader;
import io.newsreaction.config.ConfigSources;
import io.newsreaction.config.RegistryStartupSettings;
import io.newsreaction.market.TradingCalendars;
import io.newsreaction.runtime.ReactionService;
import io.newsreaction.runtime.RegistryWait;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service's own configuration keys (as {@code run} reads them) reach the registry client:
 * HTTPS with the configured trust store and basic auth together; wrong credentials stop the
 * start at once with a clear line and without the password. Client-level TLS and auth cases are
 * in {@link RestSchemaRegistryClientTlsTest} and {@link RestSchemaRegistryClientTest}.
 */
class RegistrySecurityTest {
    private static final String STORE_PASSWORD = "changeit";
    private static final String USER_PASSWORD = "Reg-S3cret";

    private FakeRegistryServer server;

    @BeforeEach
    void startHttpsServer() throws IOException, GeneralSecurityException {
        server = FakeRegistryServer.start("/apis/ccompat/v7", serverContext());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void shouldSendBasicAuthOverHttpsWithTheConfiguredTrustStore() throws Exception {
        server.reply(200, "[]");
        AppSettings settings = settings();

        RegistryWait.await(ReactionService.registryClient(settings), new RegistryStartupSettings(1, Duration.ZERO), server.url());

        String expected = "Basic " + Base64.getEncoder().encodeToString(("alice:" + USER_PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(server.requests()).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo("/apis/ccompat/v7/subjects");
            assertThat(r.authorization()).isEqualTo(expected);
        });
        assertThat(settings.toString()).doesNotContain(USER_PASSWORD, STORE_PASSWORD);
    }

    @Test
    void shouldStopAtOnceWithAClearLineOnWrongCredentials() throws Exception {
        server.reply(401, "{\"error_code\":40101,\"message\":\"Unauthorized\"}");
        RegistryStartupSettings manyAttempts = new RegistryStartupSettings(30, Duration.ofSeconds(1));

        assertThatThrownBy(() -> RegistryWait.await(ReactionService.registryClient(settings()), manyAttempts, server.url()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("schema registry at " + server.url() + " refused the request: authentication failed for schema registry at "
                        + server.url() + "/subjects (HTTP 401): check basic.auth.user.info")
                .hasMessageNotContaining(USER_PASSWORD);
        assertThat(server.requests()).hasSize(1);
    }

    private AppSettings settings() throws URISyntaxException {
        Path trustStore = Path.of(getClass().getResource("/tls/registry-trust.p12").toURI());
        return new ConfigLoader(TradingCalendars::byName).load(new ConfigSources(Map.of(), Optional.empty(), Map.of(), Map.of(
                "schema.registry.url", server.url(),
                "basic.auth.user.info", "alice:" + USER_PASSWORD,
                "schema.registry.ssl.truststore.location", trustStore.toString(),
                "schema.registry.ssl.truststore.password", STORE_PASSWORD,
                "schema.registry.ssl.truststore.type", "PKCS12",
                "schema.registry.max.retries", "0")));
    }

    private static SSLContext serverContext() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = RegistrySecurityTest.class.getResourceAsStream("/tls/registry-server.p12")) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, STORE_PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }
}
