package io.newsreaction.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsreaction.embedded.ApicurioLocator;
import io.newsreaction.fixtures.FakeCalendar;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnvironmentMappingTest {

    @Test
    void shouldMapEveryKnownKeyBackFromItsVariableName() {
        for (String key : ConfigKeys.knownKeys()) {
            assertThat(EnvironmentMapping.keyOf(EnvironmentMapping.envName(key))).isEqualTo(key);
        }
        assertThat(EnvironmentMapping.envName("reaction.estimation.min-observations"))
                .isEqualTo("NEWS_REACTION_REACTION_ESTIMATION_MIN_OBSERVATIONS");
    }

    @Test
    void shouldMapDynamicFamilies() {
        assertThat(EnvironmentMapping.keyOf("NEWS_REACTION_KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka.bootstrap.servers");
        assertThat(EnvironmentMapping.keyOf("NEWS_REACTION_SCHEMA_REGISTRY_URL")).isEqualTo("schema.registry.url");
        assertThat(EnvironmentMapping.keyOf("NEWS_REACTION_REACTION_BENCHMARK_BRK_B")).isEqualTo("reaction.benchmark.BRK.B");
        assertThat(EnvironmentMapping.keyOf("NEWS_REACTION_ROUTING_ENTITY_SCALE_AI")).isEqualTo("routing.entity.scale ai");
        assertThat(EnvironmentMapping.keyOf("NEWS_REACTION_BASIC_AUTH_USER_INFO")).isEqualTo("basic.auth.user.info");
    }

    @Test
    void shouldRejectUnknownVariables() {
        assertThatThrownBy(() -> EnvironmentMapping.keyOf("NEWS_REACTION_KAFKA_"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("NEWS_REACTION_KAFKA_");
        assertThatThrownBy(() -> EnvironmentMapping.keyOf("NEWS_REACTION_REACTION_GRAZE"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("names no configuration key");
    }

    @Test
    void shouldLeaveTheApicurioDirectoryVariableToTheEmbeddedRegistry() {
        Map<String, String> env = Map.of(ApicurioLocator.DIR_ENV, "/opt/apicurio", "NEWS_REACTION_REACTION_GRACE", "PT2M");
        assertThat(ApicurioLocator.DIR_ENV).isEqualTo("NEWS_REACTION_APICURIO_DIR");
        assertThat(EnvironmentMapping.keysOf(env)).containsOnlyKeys("reaction.grace");
        AppSettings s = new ConfigLoader(FakeCalendar.FACTORY).load(
                new ConfigSources(Map.of(), Optional.empty(), env, Map.of()));
        assertThat(s.reaction().grace()).hasMinutes(2);
        assertThat(s.dump()).doesNotContain("apicurio");
    }
}
