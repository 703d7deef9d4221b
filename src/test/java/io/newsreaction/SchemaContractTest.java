package io.newsreaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;
import org.junit.jupiter.api.Test;

/**
 * The wire contract: every schema in schemas/ parses, is BACKWARD-compatible with its released
 * version in schemas/history/, and follows the evolution rules (enums have defaults, optional
 * fields are ["null", T] with default null).
 */
class SchemaContractTest {

    /** Parse order: later schemas refer to types defined by earlier ones. */
    private static final List<String> NAMES =
            List.of("Headline", "Tick", "ReactionKey", "MarketReaction", "LegRequest", "Leg",
                    "ReactionEventKey", "ReactionEvent", "CohortKey", "CohortStats",
                    "EventMember", "CohortContribution", "EventState", "CohortDelta", "CohortAccumulator",
                    "HeadlineRetraction", "HeadlineVersion");
    private static final Path SCHEMAS = Path.of("schemas");
    private static final Path HISTORY = SCHEMAS.resolve("history");

    @Test
    void shouldParseEverySchemaFileInOrder() throws IOException {
        Map<String, Schema> current = parse(SCHEMAS, "");

        assertThat(current.keySet()).containsExactlyElementsOf(NAMES);
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            assertThat(files.filter(f -> f.toString().endsWith(".avsc")).map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(NAMES.stream().map(n -> n + ".avsc").toList());
        }
    }

    @Test
    void shouldReadEveryReleasedVersionWithTheCurrentSchema() throws IOException {
        Map<String, Schema> current = parse(SCHEMAS, "");
        Map<String, Schema> released = parse(HISTORY, ".v1");

        for (String name : NAMES) {
            SchemaPairCompatibility result =
                    SchemaCompatibility.checkReaderWriterCompatibility(current.get(name), released.get(name));
            assertThat(result.getType())
                    .as("%s must be able to read its released version: %s", name, result.getDescription())
                    .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
        }
    }

    @Test
    void shouldGiveEveryEnumADefaultAndEveryOptionalFieldNullFirstWithDefaultNull() throws IOException {
        List<String> violations = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Schema schema : parse(SCHEMAS, "").values()) {
            check(schema, seen, violations);
        }

        assertThat(violations).isEmpty();
    }

    private static void check(Schema schema, List<String> seen, List<String> violations) {
        switch (schema.getType()) {
            case RECORD:
                if (seen.contains(schema.getFullName())) {
                    return;
                }
                seen.add(schema.getFullName());
                for (Schema.Field field : schema.getFields()) {
                    checkField(schema, field, violations);
                    check(field.schema(), seen, violations);
                }
                return;
            case ENUM:
                if (schema.getEnumDefault() == null) {
                    violations.add("enum " + schema.getFullName() + " has no default symbol");
                }
                return;
            case ARRAY:
                check(schema.getElementType(), seen, violations);
                return;
            case MAP:
                check(schema.getValueType(), seen, violations);
                return;
            case UNION:
                schema.getTypes().forEach(branch -> check(branch, seen, violations));
                return;
            default:
        }
    }

    private static void checkField(Schema record, Schema.Field field, List<String> violations) {
        Schema type = field.schema();
        if (type.getType() != Schema.Type.UNION) {
            return;
        }
        String where = record.getName() + "." + field.name();
        List<Schema> branches = type.getTypes();
        if (branches.size() != 2 || branches.get(0).getType() != Schema.Type.NULL) {
            violations.add(where + " must be [\"null\", T], is " + type);
        }
        if (!field.hasDefaultValue() || field.defaultVal() != JsonProperties.NULL_VALUE) {
            violations.add(where + " must have default null");
        }
    }

    /** Parses NAMES from {@code dir} with one parser, so later files can use earlier types. */
    private static Map<String, Schema> parse(Path dir, String suffix) throws IOException {
        Schema.Parser parser = new Schema.Parser();
        Map<String, Schema> schemas = new LinkedHashMap<>();
        for (String name : NAMES) {
            Schema schema = parser.parse(dir.resolve(name + suffix + ".avsc").toFile());
            assertThat(schema.getName()).isEqualTo(name);
            schemas.put(name, schema);
        }
        return schemas;
    }
}
