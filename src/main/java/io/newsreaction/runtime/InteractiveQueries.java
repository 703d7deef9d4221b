package io.newsreaction.runtime;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.topology.Names;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
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
    private static final Duration BACKOFF = Duration.ofMillis(100);

    private final ReactionQueries local;
    private final Optional<HostInfo> self;
    private final Supplier<Collection<HostInfo>> instances;
    private final Function<HostInfo, ReactionQueries> peers;

    /**
     * @param local     this instance's partitions
     * @param self      this instance's {@code application.server}, empty when not configured
     * @param instances every instance hosting the store, this one included
     * @param peers     the local-only queries of another instance
     */
    public InteractiveQueries(ReactionQueries local, Optional<HostInfo> self,
                              Supplier<Collection<HostInfo>> instances, Function<HostInfo, ReactionQueries> peers) {
        this.local = Objects.requireNonNull(local, "local");
        this.self = Objects.requireNonNull(self, "self");
        this.instances = Objects.requireNonNull(instances, "instances");
        this.peers = Objects.requireNonNull(peers, "peers");
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
        String sourceTopic = applicationId + "-" + Names.LEGS + "-repartition";
        LocalReactionStore local = new LocalReactionStore(new KafkaStreamsView(streams, sourceTopic),
                Names.REACTIONS_STORE, RETRY_FOR, BACKOFF);
        String server = props.getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG, "");
        Optional<HostInfo> self = server.isBlank() ? Optional.empty() : Optional.of(HostInfo.buildFromEndpoint(server));
        return new InteractiveQueries(local, self, () -> storeHosts(streams), peers);
    }

    @Override
    public List<MarketReaction> bySymbol(String symbol, Instant from, Instant to) {
        return gather(q -> q.bySymbol(symbol, from, to), ReactionSelection.BY_PUBLISHED);
    }

    @Override
    public List<MarketReaction> byHeadline(String headlineId) {
        return gather(q -> q.byHeadline(headlineId), ReactionSelection.BY_SYMBOL);
    }

    @Override
    public ReactionQueries localOnly() {
        return local;
    }

    private List<MarketReaction> gather(Function<ReactionQueries, List<MarketReaction>> query, Comparator<MarketReaction> order) {
        if (self.isEmpty()) {
            return query.apply(local);
        }
        Collection<HostInfo> hosts = instances.get();
        if (hosts.isEmpty()) {
            throw new QueryUnavailableException("no instance hosts the reactions store yet");
        }
        List<MarketReaction> all = new ArrayList<>();
        for (HostInfo host : hosts) {
            all.addAll(query.apply(host.equals(self.get()) ? local : peers.apply(host)));
        }
        return ReactionSelection.latestPerKey(all, order);
    }

    private static Collection<HostInfo> storeHosts(KafkaStreams streams) {
        Collection<StreamsMetadata> metadata;
        try {
            metadata = streams.streamsMetadataForStore(Names.REACTIONS_STORE);
        } catch (IllegalStateException | InvalidStateStoreException e) {
            throw new QueryUnavailableException("streams client is " + streams.state(), e);
        }
        Set<HostInfo> hosts = new TreeSet<>(Comparator.comparing(HostInfo::host).thenComparingInt(HostInfo::port));
        metadata.forEach(m -> hosts.add(m.hostInfo()));
        return hosts;
    }
}
