package io.newsreaction.serde;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.avro.util.ClassSecurityValidator;
import org.junit.jupiter.api.Test;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.Tick;

class AvroTrustTest {

    @Test
    void shouldTrustGeneratedClassesAndKeepTheDefaultTrust() {
        AvroTrust.install();
        ClassSecurityValidator.ClassSecurityPredicate global = ClassSecurityValidator.getGlobal();

        assertThat(global.isTrusted(Tick.class)).isTrue();
        assertThat(global.isTrusted(MarketReaction.Builder.class)).isTrue();
        assertThat(global.isTrusted(String.class)).isTrue();
        assertThat(global.isTrusted(AvroTrustTest.class)).isFalse();
    }

    @Test
    void shouldInstallOnlyOnce() {
        AvroTrust.install();
        ClassSecurityValidator.ClassSecurityPredicate first = ClassSecurityValidator.getGlobal();

        AvroTrust.install();

        assertThat(ClassSecurityValidator.getGlobal()).isSameAs(first);
    }
}
