package io.newsreaction.demo;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.Tick;
import io.newsreaction.client.ProgressLine;
import io.newsreaction.client.RecordPublisher.Codec;
import io.newsreaction.client.RecordPublisher.Item;
import io.newsreaction.client.RecordPublisher;
import io.newsreaction.config.AppSettings;
import io.newsreaction.topology.ReactionSerdes;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes the demo's ticks and headlines interleaved by event time, as a live feed would deliver
 * them, counting the records sent on a {@link ProgressLine}.
 */
final class DemoFeed {
    private DemoFeed() {
    }

    static void publish(AppSettings settings, ReactionSerdes serdes, List<Tick> ticks, List<Headline> headlines, PrintStream out) {
        List<SpecificRecord> feed = new ArrayList<>(ticks.size() + headlines.size());
        feed.addAll(ticks);
        feed.addAll(headlines);
        feed.sort(Comparator.comparingLong(DemoFeed::eventTime));
        Serializer<SpecificRecord> values = valueSerializer(serdes);
        long started = System.nanoTime();
        ProgressLine progress;
        try (RecordPublisher publisher = new RecordPublisher(settings.kafka(), "news-reaction-demo-feed")) {
            progress = ProgressLine.on(out); // from the first send: the producer's start is no part of the rate
            try {
                publisher.publish(feed, r -> item(settings, r), new Codec<>(new StringSerializer(), values),
                        progress.counting("publish", feed.size(), "records"));
            } catch (RuntimeException e) {
                progress.clear();
                throw e;
            }
        }
        progress.done(String.format(Locale.ROOT, "published %d ticks and %d headlines in one transaction in %.1f s",
                ticks.size(), headlines.size(), (System.nanoTime() - started) / 1e9));
    }

    private static Item<String, SpecificRecord> item(AppSettings settings, SpecificRecord r) {
        if (r instanceof Tick t) {
            return new Item<>(settings.topics().ticks(), t.getSymbol(), t, t.getTs().toEpochMilli());
        }
        Headline h = (Headline) r;
        return new Item<>(settings.topics().headlines(), h.getId(), h, h.getPublishedAt().toEpochMilli());
    }

    private static long eventTime(SpecificRecord r) {
        return r instanceof Tick t ? t.getTs().toEpochMilli() : ((Headline) r).getPublishedAt().toEpochMilli();
    }

    private static Serializer<SpecificRecord> valueSerializer(ReactionSerdes serdes) {
        Serializer<Tick> ticks = serdes.tick().serializer();
        Serializer<Headline> headlines = serdes.headline().serializer();
        return (topic, data) -> data instanceof Tick t ? ticks.serialize(topic, t) : headlines.serialize(topic, (Headline) data);
    }
}
