package io.newsreaction.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStackTest {
    @TempDir
    Path dataDir;

    @Test
    void shouldAcceptNewDataDir() {
        assertThat(EmbeddedStack.checkSchemasRestorable(dataDir)).isEqualTo(EmbeddedStack.DataDir.NEW);
    }

    @Test
    void shouldAcceptDataDirWithKafkaDataAndSchemas() throws Exception {
        touch(dataDir.resolve("kafka").resolve("meta.properties"));
        touch(dataDir.resolve("registry").resolve("registry.mv.db"));
        assertThat(EmbeddedStack.checkSchemasRestorable(dataDir)).isEqualTo(EmbeddedStack.DataDir.RESTORED);
    }

    @Test
    void shouldRefuseDataDirWithKafkaDataButNoSchemas() throws Exception {
        touch(dataDir.resolve("kafka").resolve("meta.properties"));
        assertThatThrownBy(() -> EmbeddedStack.checkSchemasRestorable(dataDir))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("schemas of its records cannot be restored");
    }

    private static void touch(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "");
    }
}
