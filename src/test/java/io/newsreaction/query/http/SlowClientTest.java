package io.newsreaction.query.http;

import static io.newsreaction.fixtures.Reactions.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.config.HttpSettings;
import io.newsreaction.fixtures.ReactionRecords;
import io.newsreaction.runtime.ExternalCounters;
import io.newsreaction.runtime.ReactionMeters;
import io.newsreaction.topology.ReactionMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Clients that open a connection and send their request one byte at a time ("slowloris"), with
 * the bearer token required: the JDK server reads the request on a worker before any handler runs.
 */
class SlowClientTest {
    private final FakeQueries queries = new FakeQueries(ReactionRecords.of("h1", "NVDA").at(T0).build());
    private final ReactionMeters meters = new ReactionMeters(null, new ReactionMetrics(), ExternalCounters.none());
    private final List<Socket> slow = new ArrayList<>();
    private HttpApi api;

    @AfterEach
    void stop() throws IOException {
        for (Socket s : slow) {
            s.close();
        }
        if (api != null) {
            api.close();
        }
        meters.close();
    }

    @Test
    void shouldServeANormalClientWhileFourSlowOnesHoldTheirConnections() throws Exception {
        api = HttpApi.start(new HttpSettings(HttpApi.EPHEMERAL_PORT, "127.0.0.1", "secret"), queries,
                () -> KafkaStreams.State.RUNNING, meters::scrape);
        for (int i = 0; i < 4; i++) {
            slow.add(startSlowRequest());
        }

        long started = System.nanoTime();
        HttpResponse<String> response = new ApiClient(api.port()).get("/health", "Bearer secret");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(HttpApi.EXCHANGE_DEADLINE);
    }

    @Test
    void shouldCloseEveryConnectionThatHoldsAWorkerPastTheDeadlineSoAllWorkersComeBack() throws Exception {
        api = HttpApi.start(new HttpSettings(HttpApi.EPHEMERAL_PORT, "127.0.0.1", "secret"), queries,
                () -> KafkaStreams.State.RUNNING, meters::scrape);
        for (int i = 0; i < HttpApi.THREADS + 4; i++) {
            slow.add(startSlowRequest());
        }

        HttpResponse<String> response = new ApiClient(api.port(), HttpApi.EXCHANGE_DEADLINE.multipliedBy(3)).get("/health",
                "Bearer secret");

        assertThat(response.statusCode()).as("served once the deadline freed the workers").isEqualTo(200);
        for (Socket s : slow.subList(0, HttpApi.THREADS)) {
            assertThat(closedByServerWithin(s, HttpApi.EXCHANGE_DEADLINE.plusSeconds(5))).isTrue();
        }
    }

    /** Opens a connection and sends the first bytes of a request, then nothing. */
    private Socket startSlowRequest() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", api.port()), 5_000);
        OutputStream out = socket.getOutputStream();
        out.write("GET /hea".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private static boolean closedByServerWithin(Socket socket, Duration limit) throws IOException {
        socket.setSoTimeout((int) limit.toMillis());
        InputStream in = socket.getInputStream();
        try {
            while (in.read() >= 0) {
                // a 4xx/5xx answer before the close is fine
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }
}
