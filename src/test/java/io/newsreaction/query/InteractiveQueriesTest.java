package io.newsreaction.query;

import static io.newsreaction.fixtures.Reactions.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.fixtures.ReactionRecords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

class InteractiveQueriesTest {
    private static final HostInfo A = new HostInfo("127.0.0.1", 7001);
    private static final HostInfo B = new HostInfo("127.0.0.1", 7002);
    private static final Instant FROM = T0.minusSeconds(3600);
    private static final Instant TO = T0.plusSeconds(3600);

    private final MarketReaction nvdaH1 = ReactionRecords.of("h1", "NVDA").at(T0).build();
    private final MarketReaction amdH1 = ReactionRecords.of("h1", "AMD").at(T0).build();
    private final MarketReaction nvdaH2 = ReactionRecords.of("h2", "NVDA").at(T0.minusSeconds(60)).build();

    private final ListQueries onA = new ListQueries(List.of(nvdaH1));
    private final ListQueries onB = new ListQueries(List.of(amdH1, nvdaH2));

    @Test
    void shouldAnswerLocallyWithoutApplicationServer() {
        InteractiveQueries queries = new InteractiveQueries(onA, Optional.empty(), List::of, host -> {
            throw new AssertionError("no peers without application.server");
        });

        assertThat(queries.bySymbol("NVDA", FROM, TO)).containsExactly(nvdaH1);
    }

    @Test
    void shouldMergeEveryInstancesAnswer() {
        InteractiveQueries queries = new InteractiveQueries(onA, Optional.of(A), () -> List.of(A, B), Map.of(B, onB)::get);

        assertThat(queries.bySymbol("NVDA", FROM, TO)).containsExactly(nvdaH2, nvdaH1);
        assertThat(queries.byHeadline("h1")).containsExactly(amdH1, nvdaH1);
    }

    @Test
    void shouldKeepTheLaterRevisionWhenTwoInstancesAnswerForOneKey() {
        MarketReaction newer = ReactionRecords.of("h1", "NVDA").at(T0).revision(4).build();
        ListQueries stale = new ListQueries(List.of(newer));
        InteractiveQueries queries = new InteractiveQueries(onA, Optional.of(A), () -> List.of(A, B), Map.of(B, stale)::get);

        assertThat(queries.byHeadline("h1")).containsExactly(newer);
    }

    @Test
    void shouldFailWhenAPeerCannotAnswer() {
        ReactionQueries down = new ListQueries(List.of()) {
            @Override
            public List<MarketReaction> byHeadline(String headlineId) {
                throw new QueryUnavailableException("instance 127.0.0.1:7002 did not answer");
            }
        };
        InteractiveQueries queries = new InteractiveQueries(onA, Optional.of(A), () -> List.of(A, B), Map.of(B, down)::get);

        assertThatThrownBy(() -> queries.byHeadline("h1")).isInstanceOf(QueryUnavailableException.class);
    }

    @Test
    void shouldRefuseBeforeAnyInstanceHostsTheStore() {
        InteractiveQueries queries = new InteractiveQueries(onA, Optional.of(A), List::of, Map.of(B, onB)::get);

        assertThatThrownBy(() -> queries.byHeadline("h1")).isInstanceOf(QueryUnavailableException.class);
    }

    @Test
    void shouldAnswerLocalOnlyQueriesFromThisInstance() {
        InteractiveQueries queries = new InteractiveQueries(onA, Optional.of(A), () -> List.of(A, B), Map.of(B, onB)::get);

        assertThat(queries.localOnly().byHeadline("h1")).containsExactly(nvdaH1);
    }

    /** Answers from a fixed list, the way one instance's local store would. */
    static class ListQueries implements ReactionQueries {
        private final List<MarketReaction> reactions;

        ListQueries(List<MarketReaction> reactions) {
            this.reactions = new ArrayList<>(reactions);
        }

        @Override
        public List<MarketReaction> bySymbol(String symbol, Instant from, Instant to) {
            return ReactionSelection.latestPerKey(reactions.stream()
                    .filter(ReactionSelection.symbolInWindow(symbol, from, to)).toList(), ReactionSelection.BY_PUBLISHED);
        }

        @Override
        public List<MarketReaction> byHeadline(String headlineId) {
            return ReactionSelection.latestPerKey(reactions.stream()
                    .filter(ReactionSelection.ofHeadline(headlineId)).toList(), ReactionSelection.BY_SYMBOL);
        }
    }
}
