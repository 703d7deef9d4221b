package io.newsreaction.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
