package io.newsreaction.query.http;

import static io.newsreaction.fixtures.Reactions.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.config.HttpSettings;
import io.newsreaction.fixtures.DelegatingQueries;
import io.newsreaction.fixtures.ReactionRecords;
import io.newsreaction.query.InteractiveQueries;
import io.newsreaction.query.ReactionQueries;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances, each owning part of the keys, behind their real HTTP APIs and {@link HttpPeers}:
 * either one answers with the whole result. The Kafka side is faked; the broker-backed version is
 * the {@code *IT}.
 */
class TwoInstanceHttpTest {
    private static final String TOKEN = "shared-token";
    private static final String AUTH = "Bearer " + TOKEN;

    private final MarketReaction nvdaH1 = ReactionRecords.of("h1", "NVDA").at(T0).build();
    private final MarketReaction amdH1 = ReactionRecords.of("h1", "AMD").at(T0).build();
    private final MarketReaction nvdaH2 = ReactionRecords.of("h2", "NVDA").at(T0.plusSeconds(60)).build();
    private final FakeQueries ownedByA = new FakeQueries(nvdaH1);
    private final FakeQueries ownedByB = new FakeQueries(amdH1, nvdaH2);
    private HttpApi a;
    private HttpApi b;

    @AfterEach
    void stop() {
        a.close();
        b.close();
    }

    @Test
    void shouldAnswerForKeysOwnedByTheOtherInstance() throws IOException {
        AtomicReference<ReactionQueries> onA = new AtomicReference<>();
        AtomicReference<ReactionQueries> onB = new AtomicReference<>();
        a = start(onA);
        b = start(onB);
        HostInfo hostA = new HostInfo("127.0.0.1", a.port());
        HostInfo hostB = new HostInfo("127.0.0.1", b.port());
        HttpPeers peers = new HttpPeers(TOKEN);
        onA.set(new InteractiveQueries(ownedByA, Optional.of(hostA), () -> List.of(hostA, hostB), peers));
        onB.set(new InteractiveQueries(ownedByB, Optional.of(hostB), () -> List.of(hostA, hostB), peers));

        for (HttpApi api : List.of(a, b)) {
            ApiClient client = new ApiClient(api.port());
            HttpResponse<String> headline = client.get("/reactions/h1", AUTH);
            HttpResponse<String> symbol = client.get("/reactions?symbol=NVDA&from=2025-01-27T00:00:00Z&to=2025-01-28T00:00:00Z", AUTH);

            assertThat(headline.statusCode()).isEqualTo(200);
            assertThat(ReactionJson.read(headline.body().getBytes())).containsExactly(amdH1, nvdaH1);
            assertThat(ReactionJson.read(symbol.body().getBytes())).containsExactly(nvdaH1, nvdaH2);
        }
        // A answered its own two requests and B's two fanned-out ones
        assertThat(ownedByA.calls).hasSize(4);
        assertThat(ownedByB.calls).hasSize(4);
    }

    @Test
    void shouldFailRatherThanAnswerInPartWhenAPeerIsDown() throws IOException {
        AtomicReference<ReactionQueries> onA = new AtomicReference<>();
        a = start(onA);
        b = start(new AtomicReference<>());
        HostInfo hostA = new HostInfo("127.0.0.1", a.port());
        HostInfo gone = new HostInfo("127.0.0.1", b.port());
        b.close();
        onA.set(new InteractiveQueries(ownedByA, Optional.of(hostA), () -> List.of(hostA, gone), new HttpPeers(TOKEN)));

        HttpResponse<String> response = new ApiClient(a.port()).get("/reactions/h1", AUTH);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("instance " + gone);
    }

    private static HttpApi start(AtomicReference<ReactionQueries> queries) throws IOException {
        ReactionQueries delegate = new DelegatingQueries(queries);
        HttpSettings settings = new HttpSettings(HttpApi.EPHEMERAL_PORT, "127.0.0.1", TOKEN);
        return HttpApi.start(settings, delegate, () -> KafkaStreams.State.RUNNING, () -> "");
    }
}
