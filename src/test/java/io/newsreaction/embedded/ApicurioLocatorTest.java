package io.newsreaction.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApicurioLocatorTest {
    @TempDir
    Path tmp;

    private Path apicurioIn(Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(ApicurioLocator.RUNNER_JAR), "");
        return dir;
    }

    @Test
    void shouldPreferSystemPropertyThenEnvironment() throws Exception {
        Path fromProperty = apicurioIn(tmp.resolve("prop"));
        Path fromEnv = apicurioIn(tmp.resolve("env"));
        assertThat(ApicurioLocator.locate(fromProperty.toString(), fromEnv.toString(), null, tmp)).isEqualTo(fromProperty);
        assertThat(ApicurioLocator.locate(null, fromEnv.toString(), null, tmp)).isEqualTo(fromEnv);
    }

    @Test
    void shouldSkipConfiguredPlacesWithoutTheRunnerJar() throws Exception {
        Path fromEnv = apicurioIn(tmp.resolve("env"));
        assertThat(ApicurioLocator.locate(tmp.resolve("empty").toString(), fromEnv.toString(), null, tmp)).isEqualTo(fromEnv);
    }

    @Test
    void shouldFindApicurioNextToTheJar() throws Exception {
        Path target = tmp.resolve("target");
        Path expected = apicurioIn(target.resolve("apicurio"));
        Path jar = target.resolve("news-reaction.jar");
        assertThat(ApicurioLocator.locate(null, "", jar, tmp.resolve("elsewhere"))).isEqualTo(expected);
    }

    @Test
    void shouldFallBackToTargetInWorkingDirectory() throws Exception {
        Path expected = apicurioIn(tmp.resolve("target").resolve("apicurio"));
        assertThat(ApicurioLocator.locate(null, null, tmp.resolve("lib").resolve("x.jar"), tmp)).isEqualTo(expected);
    }

    @Test
    void shouldNameEveryPlaceLookedAtWhenMissing() {
        assertThatThrownBy(() -> ApicurioLocator.locate("/nowhere/prop", "/nowhere/env", tmp.resolve("a.jar"), tmp))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("/nowhere/prop (system property newsreaction.apicurio.dir)")
            .hasMessageContaining("/nowhere/env (environment NEWS_REACTION_APICURIO_DIR)")
            .hasMessageContaining(tmp.resolve("apicurio") + " (next to the jar)")
            .hasMessageContaining(tmp.resolve("target").resolve("apicurio") + " (working directory)");
    }
}
