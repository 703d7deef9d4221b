package io.newsreaction.registry;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@link SchemaRegistryClient} speaking the Confluent Schema Registry REST API (also served by
 * Apicurio under {@code /apis/ccompat/v7}). Caches id → schema and (subject, schema) → id, so
 * steady-state (de)serialization makes no HTTP call; {@link #getLatest} is never cached.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final RegistryHttp http;
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final Map<String, Map<Schema, Integer>> idsBySubject = new ConcurrentHashMap<>();

    public RestSchemaRegistryClient(RegistryClientConfig config) {
        this(config, Thread::sleep);
    }

    RestSchemaRegistryClient(RegistryClientConfig config, RegistryHttp.Sleeper sleeper) {
        this.http = new RegistryHttp(config, MAPPER, sleeper);
    }

    /** Builds a client from Confluent-style settings ({@code schema.registry.url}, ...). */
    public static RestSchemaRegistryClient fromConfig(Map<String, ?> config) {
        return new RestSchemaRegistryClient(RegistryClientConfig.from(config));
    }

    @Override
    public int register(String subject, Schema schema) {
        Integer cached = cachedId(subject, schema);
        if (cached != null) {
            return cached;
        }
        RegistryHttp.Response response = http.send("POST", "/subjects/" + encode(subject) + "/versions",
                schemaBody(schema));
        return remember(subject, schema, requireId(response, subject));
    }

    @Override
    public int lookup(String subject, Schema schema) {
        Integer cached = cachedId(subject, schema);
        if (cached != null) {
            return cached;
        }
        RegistryHttp.Response response = http.send("POST", "/subjects/" + encode(subject), schemaBody(schema));
        return remember(subject, schema, requireId(response, subject));
    }

    @Override
    public Schema getById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        RegistryHttp.Response response = http.send("GET", "/schemas/ids/" + id, null);
        if (!response.ok()) {
            throw RegistryErrors.forId(response, id);
        }
        Schema schema = parseSchema(response, "schema id " + id);
        Schema previous = schemasById.putIfAbsent(id, schema);
        return previous == null ? schema : previous;
    }

    @Override
    public RegisteredSchema getLatest(String subject) {
        RegistryHttp.Response response = http.send("GET", "/subjects/" + encode(subject) + "/versions/latest", null);
        if (!response.ok()) {
            throw RegistryErrors.forSubject(response, subject);
        }
        int id = requireInt(response, "id");
        int version = requireInt(response, "version");
        Schema schema = schemasById.computeIfAbsent(id, ignored -> parseSchema(response, "subject " + subject));
        return new RegisteredSchema(subject, id, version, schema);
    }

    @Override
    public boolean testCompatibility(String subject, Schema schema) {
        RegistryHttp.Response response = http.send("POST",
                "/compatibility/subjects/" + encode(subject) + "/versions/latest", schemaBody(schema));
        int code = response.errorCode();
        if (code == RegistryErrors.SUBJECT_NOT_FOUND || code == RegistryErrors.VERSION_NOT_FOUND) {
            return true; // no version yet: anything may be registered
        }
        if (!response.ok()) {
            throw RegistryErrors.forSubject(response, subject);
        }
        JsonNode compatible = response.body() == null ? null : response.body().get("is_compatible");
        if (compatible == null || !compatible.isBoolean()) {
            throw RegistryErrors.unexpected(response, "no is_compatible field");
        }
        return compatible.booleanValue();
    }

    @Override
    public void setCompatibility(String subjectOrNullForGlobal, String level) {
        String path = subjectOrNullForGlobal == null ? "/config" : "/config/" + encode(subjectOrNullForGlobal);
        ObjectNode body = MAPPER.createObjectNode().put("compatibility", level);
        RegistryHttp.Response response = http.send("PUT", path, body);
        if (!response.ok()) {
            throw RegistryErrors.forConfig(response, subjectOrNullForGlobal, level);
        }
    }

    @Override
    public List<String> subjects() {
        RegistryHttp.Response response = http.send("GET", "/subjects", null);
        if (!response.ok()) {
            throw RegistryErrors.forSubject(response, null);
        }
        if (response.body() == null || !response.body().isArray()) {
            throw RegistryErrors.unexpected(response, "subjects is not a JSON array");
        }
        List<String> subjects = new ArrayList<>();
        response.body().forEach(node -> subjects.add(node.asText()));
        return List.copyOf(subjects);
    }

    /** HTTP requests sent so far, retries and fail-overs included. */
    public long requestCount() {
        return http.requestCount();
    }

    /** Requests that failed: no connection, or an HTTP status of 400 or more. */
    public long errorCount() {
        return http.errorCount();
    }

    private Integer cachedId(String subject, Schema schema) {
        Map<Schema, Integer> ids = idsBySubject.get(subject);
        return ids == null ? null : ids.get(schema);
    }

    private int remember(String subject, Schema schema, int id) {
        idsBySubject.computeIfAbsent(subject, ignored -> new ConcurrentHashMap<>()).put(schema, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    private static int requireId(RegistryHttp.Response response, String subject) {
        if (!response.ok()) {
            throw RegistryErrors.forSubject(response, subject);
        }
        return requireInt(response, "id");
    }

    private static int requireInt(RegistryHttp.Response response, String field) {
        JsonNode node = response.body() == null ? null : response.body().get(field);
        if (node == null || !node.canConvertToInt()) {
            throw RegistryErrors.unexpected(response, "missing integer field '" + field + "'");
        }
        return node.intValue();
    }

    private static Schema parseSchema(RegistryHttp.Response response, String what) {
        JsonNode body = response.body();
        String type = body == null || !body.hasNonNull("schemaType") ? "AVRO" : body.get("schemaType").asText();
        if (!"AVRO".equals(type)) {
            throw RegistryErrors.unexpected(response, what + " is a " + type + " schema, not AVRO");
        }
        if (body == null || !body.hasNonNull("schema")) {
            throw RegistryErrors.unexpected(response, "missing field 'schema' for " + what);
        }
        try {
            return new Schema.Parser().parse(body.get("schema").asText());
        } catch (SchemaParseException e) {
            throw RegistryErrors.unexpected(response, what + " is not a valid Avro schema: " + e.getMessage());
        }
    }

    private static ObjectNode schemaBody(Schema schema) {
        return MAPPER.createObjectNode().put("schema", schema.toString());
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
