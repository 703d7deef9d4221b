package io.newsreaction.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * Sends one query to every instance hosting a store: this one locally, the others through their
 * local-only queries, and concatenates the answers. Without {@code application.server} this
 * instance is taken to be the only one. An instance that cannot answer fails the whole query.
 *
 * @param <Q> the query interface
 */
final class Fanout<Q> {
    private final Q local;
    private final Optional<HostInfo> self;
    private final Supplier<Collection<HostInfo>> instances;
    private final Function<HostInfo, Q> peers;

    Fanout(Q local, Optional<HostInfo> self, Supplier<Collection<HostInfo>> instances, Function<HostInfo, Q> peers) {
        this.local = Objects.requireNonNull(local, "local");
        this.self = Objects.requireNonNull(self, "self");
        this.instances = Objects.requireNonNull(instances, "instances");
        this.peers = Objects.requireNonNull(peers, "peers");
    }

    Q local() {
        return local;
    }

    /** Every instance's answer to {@code query}, this instance's first when it is the only one. */
    <T> List<T> gather(Function<Q, List<T>> query) {
        if (self.isEmpty()) {
            return query.apply(local);
        }
        Collection<HostInfo> hosts = instances.get();
        if (hosts.isEmpty()) {
            throw new QueryUnavailableException("no instance hosts the store yet");
        }
        List<T> all = new ArrayList<>();
        for (HostInfo host : hosts) {
            all.addAll(query.apply(host.equals(self.get()) ? local : peers.apply(host)));
        }
        return all;
    }

    /** This instance's {@code application.server}, empty when not configured. */
    static Optional<HostInfo> self(java.util.Properties props) {
        String server = props.getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG, "");
        return server.isBlank() ? Optional.empty() : Optional.of(HostInfo.buildFromEndpoint(server));
    }

    /** The instances hosting {@code store}, in address order. */
    static Collection<HostInfo> storeHosts(KafkaStreams streams, String store) {
        Collection<StreamsMetadata> metadata;
        try {
            metadata = streams.streamsMetadataForStore(store);
        } catch (IllegalStateException | InvalidStateStoreException e) {
            throw new QueryUnavailableException("streams client is " + streams.state(), e);
        }
        Set<HostInfo> hosts = new TreeSet<>(Comparator.comparing(HostInfo::host).thenComparingInt(HostInfo::port));
        metadata.forEach(m -> hosts.add(m.hostInfo()));
        return hosts;
    }
}
