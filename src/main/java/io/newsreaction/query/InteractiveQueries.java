package io.newsreaction.query;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.topology.Names;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Reaction queries over the whole application. Without {@code application.server} this instance is
 * taken to be the only one and answers from its local partitions. With it, a query is fanned out to
 * every instance hosting the reactions store (this one locally, the others through {@code peers},
 * which ask them for their local partitions only) and the answers are merged; an instance that
 * cannot answer fails the whole query, so callers never get a silently partial answer.
 */
public final class InteractiveQueries implements ReactionQueries {
    /** How long a local query waits for migrating partitions before it gives up. */
    public static final Duration RETRY_FOR = Duration.ofSeconds(5);
    static final Duration BACKOFF = Duration.ofMillis(100);

    private final Fanout<ReactionQueries> fanout;

    /**
     * @param local     this instance's partitions
     * @param self      this instance's {@code application.server}, empty when not configured
     * @param instances every instance hosting the store, this one included
     * @param peers     the local-only queries of another instance
     */
    public InteractiveQueries(ReactionQueries local, Optional<HostInfo> self,
                              Supplier<Collection<HostInfo>> instances, Function<HostInfo, ReactionQueries> peers) {
        this.fanout = new Fanout<>(local, self, instances, peers);
    }

    /**
     * Queries over a running client of the reaction topology.
     *
     * @param streams the client
     * @param props   its configuration ({@code application.id}, optional {@code application.server})
     * @param peers   how to reach another instance's HTTP API
     */
    public static InteractiveQueries of(KafkaStreams streams, Properties props, Function<HostInfo, ReactionQueries> peers) {
        String applicationId = props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        String sourceTopic = Names.repartitionTopic(applicationId, Names.LEGS);
        LocalReactionStore local = new LocalReactionStore(new KafkaStreamsView(streams, sourceTopic),
                Names.REACTIONS_STORE, RETRY_FOR, BACKOFF);
        return new InteractiveQueries(local, Fanout.self(props), () -> Fanout.storeHosts(streams, Names.REACTIONS_STORE), peers);
    }

    @Override
    public List<MarketReaction> bySymbol(String symbol, Instant from, Instant to) {
        return ReactionSelection.latestPerKey(fanout.gather(q -> q.bySymbol(symbol, from, to)), ReactionSelection.BY_PUBLISHED);
    }

    @Override
    public List<MarketReaction> byHeadline(String headlineId) {
        return ReactionSelection.latestPerKey(fanout.gather(q -> q.byHeadline(headlineId)), ReactionSelection.BY_SYMBOL);
    }

    @Override
    public ReactionQueries localOnly() {
        return fanout.local();
    }
}
