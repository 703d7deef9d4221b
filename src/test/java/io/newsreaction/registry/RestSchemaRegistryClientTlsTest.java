package io.newsreaction.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HTTPS with a trust store; the key and trust stores in src/test/resources/tls were made with keytool. */
class RestSchemaRegistryClientTlsTest {

    private static final String PASSWORD = "changeit";

    private static FakeRegistryServer server;

    @BeforeAll
    static void startHttpsServer() throws IOException, GeneralSecurityException {
        server = FakeRegistryServer.start("", serverContext());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void shouldTalkHttpsWithTheConfiguredTrustStore() throws URISyntaxException {
        server.reply(200, "[\"s\"]");
        Path trustStore = Path.of(getClass().getResource("/tls/registry-trust.p12").toURI());
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(RegistryClientConfig.from(Map.of(
                "schema.registry.url", server.url(),
                "schema.registry.ssl.truststore.location", trustStore.toString(),
                "schema.registry.ssl.truststore.password", PASSWORD,
                "schema.registry.ssl.truststore.type", "PKCS12")));

        assertThat(server.url()).startsWith("https://");
        assertThat(client.subjects()).containsExactly("s");
    }

    @Test
    void shouldRefuseAnUntrustedCertificate() {
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(RegistryClientConfig.from(Map.of(
                "schema.registry.url", server.url(), "schema.registry.max.retries", "0")), millis -> { });

        assertThatThrownBy(client::subjects)
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageStartingWith("cannot reach schema registry at " + server.url() + " after 1 attempts");
    }

    private static SSLContext serverContext() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = RestSchemaRegistryClientTlsTest.class.getResourceAsStream("/tls/registry-server.p12")) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }
}
