package io.newsreaction.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsreaction.avro.ReactionKey;
import io.newsreaction.avro.Tick;

class RestSchemaRegistryClientTest {

    private static final Schema TICK = Tick.getClassSchema();
    private static final String SUBJECT = "market.ticks-value";

    private final List<Long> sleeps = new ArrayList<>();
    private FakeRegistryServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = FakeRegistryServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void shouldRegisterWithTheConfluentContentTypeAndCacheTheId() throws IOException {
        server.reply(200, "{\"id\":7}");
        RestSchemaRegistryClient client = client(server.url());

        assertThat(client.register(SUBJECT, TICK)).isEqualTo(7);
        assertThat(client.register(SUBJECT, TICK)).isEqualTo(7);
        assertThat(client.lookup(SUBJECT, TICK)).isEqualTo(7);
        assertThat(client.getById(7)).isSameAs(TICK);

        FakeRegistryServer.Request request = server.requests().get(0);
        assertThat(server.requests()).hasSize(1);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/subjects/market.ticks-value/versions");
        assertThat(request.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
        assertThat(new Schema.Parser().parse(new ObjectMapper().readTree(request.body()).get("schema").asText()))
                .isEqualTo(TICK);
        assertThat(client.requestCount()).isEqualTo(1);
    }

    @Test
    void shouldLookUpUnderSubjectAndNameWhatIsMissing() {
        server.reply(200, "{\"subject\":\"s\",\"id\":3,\"version\":1,\"schema\":\"\\\"string\\\"\"}")
                .reply(404, "{\"error_code\":40403,\"message\":\"Schema not found\"}")
                .reply(404, "{\"error_code\":40401,\"message\":\"Subject 'x' not found.\"}");
        RestSchemaRegistryClient client = client(server.url());

        assertThat(client.lookup("s", TICK)).isEqualTo(3);
        assertThatThrownBy(() -> client.lookup("s", ReactionKey.getClassSchema()))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessage("schema not registered under subject s");
        assertThatThrownBy(() -> client.lookup("x", TICK))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessage("subject x not found")
                .satisfies(e -> assertThat(((SchemaRegistryException) e).errorCode()).isEqualTo(40401));
        assertThat(server.requests().get(0).path()).isEqualTo("/subjects/s");
        assertThat(client.errorCount()).isEqualTo(2);
    }

    @Test
    void shouldFetchSchemaByIdOnceAndNameUnknownIds() {
        server.reply(200, schemaJson(TICK)).reply(404, "{\"error_code\":40403,\"message\":\"Schema 42 not found\"}");
        RestSchemaRegistryClient client = client(server.url());

        assertThat(client.getById(5)).isEqualTo(TICK);
        assertThat(client.getById(5)).isEqualTo(TICK);
        assertThatThrownBy(() -> client.getById(42))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessage("schema id 42 not found")
                .satisfies(e -> assertThat(((SchemaRegistryException) e).isNotFound()).isTrue());
        assertThat(server.requests()).extracting(FakeRegistryServer.Request::path)
                .containsExactly("/schemas/ids/5", "/schemas/ids/42");
    }

    @Test
    void shouldReadLatestVersionSubjectsAndCompatibility() throws IOException {
        String schema = new ObjectMapper().writeValueAsString(TICK.toString());
        server.reply(200, "{\"subject\":\"s\",\"id\":9,\"version\":2,\"schema\":" + schema + "}")
                .reply(200, "[\"a-value\",\"b-key\"]")
                .reply(200, "{\"is_compatible\":false}")
                .reply(404, "{\"error_code\":40401,\"message\":\"Subject not found\"}")
                .reply(200, "{\"compatibility\":\"BACKWARD\"}")
                .reply(200, "{\"compatibility\":\"NONE\"}");
        RestSchemaRegistryClient client = client(server.url());

        assertThat(client.getLatest("s")).isEqualTo(new RegisteredSchema("s", 9, 2, TICK));
        assertThat(client.subjects()).containsExactly("a-value", "b-key");
        assertThat(client.testCompatibility("s", TICK)).isFalse();
        assertThat(client.testCompatibility("new subject", TICK)).isTrue();
        client.setCompatibility(null, "BACKWARD");
        client.setCompatibility("s", "NONE");

        assertThat(server.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "GET /subjects/s/versions/latest", "GET /subjects",
                "POST /compatibility/subjects/s/versions/latest",
                "POST /compatibility/subjects/new%20subject/versions/latest",
                "PUT /config", "PUT /config/s");
        assertThat(server.requests().get(4).body()).isEqualTo("{\"compatibility\":\"BACKWARD\"}");
    }

    @Test
    void shouldExplainIncompatibleAndInvalidSchemas() {
        server.reply(409, "{\"error_code\":409,\"message\":\"Schema being registered is incompatible\"}")
                .reply(422, "{\"error_code\":42201,\"message\":\"Invalid schema: unknown type Foo\"}");
        RestSchemaRegistryClient client = client(server.url());

        assertThatThrownBy(() -> client.register(SUBJECT, TICK))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageStartingWith("schema is incompatible with the latest version of subject " + SUBJECT)
                .satisfies(e -> assertThat(((SchemaRegistryException) e).status()).isEqualTo(409));
        assertThatThrownBy(() -> client.register(SUBJECT, TICK))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessage("invalid schema for subject " + SUBJECT + ": Invalid schema: unknown type Foo");
    }

    @Test
    void shouldSendBasicAuthAndKeepCredentialsOutOfErrors() {
        server.reply(401, "{\"error_code\":401,\"message\":\"Unauthorized\"}")
                .reply(403, "{\"error_code\":40301,\"message\":\"Forbidden\"}");
        RestSchemaRegistryClient client = client(Map.of("basic.auth.credentials.source", "USER_INFO",
                "schema.registry.basic.auth.user.info", "alice:s3cret"), server.url());

        assertThatThrownBy(() -> client.getById(1))
                .hasMessage("authentication failed for schema registry at " + server.url()
                        + "/schemas/ids/1 (HTTP 401): check basic.auth.user.info");
        assertThatThrownBy(() -> client.getById(1))
                .hasMessage("authorization failed for schema registry at " + server.url() + "/schemas/ids/1 (HTTP 403)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret", "alice"));
        String expected = "Basic " + Base64.getEncoder().encodeToString("alice:s3cret".getBytes(StandardCharsets.UTF_8));
        assertThat(server.requests()).allSatisfy(r -> assertThat(r.authorization()).isEqualTo(expected));
    }

    @Test
    void shouldTakeCredentialsFromTheUrlAndNeverShowThem() {
        server.reply(401, "{\"message\":\"Unauthorized\"}");
        String withUser = server.url().replace("http://", "http://bob:pa%3Ass@");
        RestSchemaRegistryClient client = client(withUser);

        assertThatThrownBy(() -> client.subjects())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("bob", "pa"));
        String expected = "Basic " + Base64.getEncoder().encodeToString("bob:pa:ss".getBytes(StandardCharsets.UTF_8));
        assertThat(server.requests().get(0).authorization()).isEqualTo(expected);
    }

    @Test
    void shouldRetry5xxWithExponentialBackoffThenSucceed() {
        server.reply(503, "{\"error_code\":50003,\"message\":\"busy\"}")
                .reply(500, "not json")
                .reply(200, schemaJson(TICK));
        RestSchemaRegistryClient client = client(Map.of("schema.registry.retry.backoff.ms", "100"), server.url());

        assertThat(client.getById(1)).isEqualTo(TICK);
        assertThat(sleeps).containsExactly(100L, 200L);
        assertThat(client.requestCount()).isEqualTo(3);
        assertThat(client.errorCount()).isEqualTo(2);
    }

    @Test
    void shouldGiveUpOn5xxAfterMaxRetries() {
        for (int i = 0; i < 3; i++) {
            server.reply(503, "{\"error_code\":50003,\"message\":\"store unavailable\"}");
        }
        RestSchemaRegistryClient client = client(Map.of("schema.registry.max.retries", "2"), server.url());

        assertThatThrownBy(() -> client.getById(1))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessage("schema registry at " + server.url() + "/schemas/ids/1 returned HTTP 503: "
                        + "store unavailable (after 3 attempts)")
                .satisfies(e -> assertThat(((SchemaRegistryException) e).isRetriable()).isTrue());
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void shouldReportUnreachableRegistryAfterBoundedRetriesWithCappedBackoff() throws IOException {
        String dead = FakeRegistryServer.deadUrl();
        RestSchemaRegistryClient client = client(Map.of("schema.registry.retry.backoff.ms", "1000",
                "schema.registry.retry.backoff.max.ms", "1500"), dead);

        assertThatThrownBy(() -> client.subjects())
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageStartingWith("cannot reach schema registry at " + dead + " after 4 attempts")
                .satisfies(e -> assertThat(((SchemaRegistryException) e).status()).isZero());
        assertThat(sleeps).containsExactly(1000L, 1500L, 1500L);
        assertThat(client.errorCount()).isEqualTo(4);
    }

    @Test
    void shouldFailOverToTheNextUrlAndStayThere() throws IOException {
        server.reply(200, "[]").reply(200, "[\"s\"]");
        RestSchemaRegistryClient client = client(FakeRegistryServer.deadUrl() + "," + server.url());

        assertThat(client.subjects()).isEmpty();
        assertThat(client.subjects()).containsExactly("s");
        assertThat(sleeps).isEmpty();
        assertThat(client.requestCount()).isEqualTo(3);
    }

    @Test
    void shouldAppendPathsToAUrlPrefix() throws IOException {
        try (FakeRegistryServer apicurio = FakeRegistryServer.start("/apis/ccompat/v7", null)) {
            apicurio.reply(200, "{\"id\":1}");
            RestSchemaRegistryClient client = client(apicurio.url() + "/");

            client.register(SUBJECT, TICK);

            assertThat(apicurio.requests().get(0).path())
                    .isEqualTo("/apis/ccompat/v7/subjects/market.ticks-value/versions");
        }
    }

    @Test
    void shouldQuoteNonJsonErrorBodiesOnOneLine() {
        server.reply(400, "<html>\n  Bad   request\n</html>");
        RestSchemaRegistryClient client = client(server.url());

        assertThatThrownBy(() -> client.getById(1))
                .hasMessageEndingWith("returned HTTP 400: <html> Bad request </html>");
    }

    @Test
    void shouldRejectNonAvroSchemas() {
        server.reply(200, "{\"schema\":\"syntax = \\\"proto3\\\";\",\"schemaType\":\"PROTOBUF\"}");
        RestSchemaRegistryClient client = client(server.url());

        assertThatThrownBy(() -> client.getById(4))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageEndingWith("schema id 4 is a PROTOBUF schema, not AVRO");
    }

    private RestSchemaRegistryClient client(String urls) {
        return client(Map.of(), urls);
    }

    private RestSchemaRegistryClient client(Map<String, String> extra, String urls) {
        Map<String, Object> config = new HashMap<>(extra);
        config.put("schema.registry.url", urls);
        return new RestSchemaRegistryClient(RegistryClientConfig.from(config), sleeps::add);
    }

    private static String schemaJson(Schema schema) {
        try {
            return "{\"schema\":" + new ObjectMapper().writeValueAsString(schema.toString()) + "}";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
