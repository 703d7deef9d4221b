package io.newsreaction.bench;

import java.util.List;
import org.apache.kafka.common.serialization.Serdes;

/** The {@link NaiveTopology} on the bench topics, with the same Streams settings (exactly-once) as the app. */
final class NaiveBenchApp extends PlainStreamsBenchApp {

    NaiveBenchApp(BenchContext context, BenchTopics topics, String applicationId) {
        super(context, topics, applicationId, (ticks, emitted) -> NaiveTopology.build(topics.headlines(), topics.ticks(),
                applicationId + "-out", context.serdes().headline(), context.serdes().tick(),
                Serdes.serdeFrom(context.serdes().tick().serializer(), ticks), emitted));
    }

    @Override
    public String name() {
        return "naive";
    }

    @Override
    public List<String> groupTopics() {
        return List.of(topics().headlines(), topics().ticks(),
                groupId() + "-" + NaiveTopology.HEADLINES_BY_SYMBOL + "-repartition",
                groupId() + "-" + NaiveTopology.OBSERVATIONS_BY_HEADLINE + "-repartition");
    }
}
