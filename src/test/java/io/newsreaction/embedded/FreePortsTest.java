package io.newsreaction.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreePortsTest {
    @TempDir
    Path dir;

    @Test
    void shouldFindPortThatCanBeBoundAndTellWhenItIsTaken() throws Exception {
        int port = FreePorts.find();
        assertThat(FreePorts.isFree(port)).isTrue();
        try (ServerSocket taken = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(FreePorts.isFree(port)).isFalse();
            assertThat(FreePorts.isClosed(port)).isFalse();
        }
        assertThat(FreePorts.isClosed(port)).isTrue();
    }

    @Test
    void shouldReuseSavedKafkaPortsOnlyWhileFree() throws Exception {
        KafkaPorts saved = KafkaPorts.fresh();
        saved.save(dir);
        assertThat(KafkaPorts.reuseOrFresh(dir)).isEqualTo(saved);
        try (ServerSocket taken = new ServerSocket(saved.broker(), 1, InetAddress.getLoopbackAddress())) {
            assertThat(KafkaPorts.reuseOrFresh(dir).broker()).isNotEqualTo(saved.broker());
        }
    }

    @Test
    void shouldPickFreshPortsWithoutSavedFile() {
        KafkaPorts ports = KafkaPorts.reuseOrFresh(dir);
        assertThat(ports.broker()).isNotEqualTo(ports.controller());
    }
}
