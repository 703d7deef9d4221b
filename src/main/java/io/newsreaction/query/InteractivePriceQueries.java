package io.newsreaction.query;

import io.newsreaction.topology.Names;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Price queries over the whole application, fanned out like the reaction queries
 * ({@link InteractiveQueries}): a symbol's history lives on one stage-1 partition, so exactly the
 * instance owning it answers with bars and the others with none.
 */
public final class InteractivePriceQueries implements PriceQueries {
    private final Fanout<PriceQueries> fanout;

    private InteractivePriceQueries(Fanout<PriceQueries> fanout) {
        this.fanout = fanout;
    }

    /**
     * @param streams the client
     * @param props   its configuration ({@code application.id}, optional {@code application.server})
     * @param peers   how to reach another instance's HTTP API
     */
    public static InteractivePriceQueries of(KafkaStreams streams, Properties props, Function<HostInfo, PriceQueries> peers) {
        String applicationId = props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        LocalStoreScan<Bytes, byte[]> store = new LocalStoreScan<>(
                new KafkaStreamsView(streams, applicationId + "-" + Names.LEG_REQUESTS + "-repartition"),
                Names.PRICE_HISTORY_STORE, InteractiveQueries.RETRY_FOR, InteractiveQueries.BACKOFF);
        return new InteractivePriceQueries(new Fanout<>(new LocalPriceHistory(store), Fanout.self(props),
                () -> Fanout.storeHosts(streams, Names.PRICE_HISTORY_STORE), peers));
    }

    @Override
    public List<PriceBar> bars(String symbol, Instant from, Instant to, Duration interval) {
        List<PriceBar> all = new ArrayList<>(fanout.gather(q -> q.bars(symbol, from, to, interval)));
        all.sort(Comparator.comparing(PriceBar::start));
        return all;
    }

    @Override
    public PriceQueries localOnly() {
        return fanout.local();
    }
}
