package io.newsreaction.query.http;

import java.time.Duration;
import java.util.List;

/**
 * The records the service has published, for the dashboard's live feed: what is there now, then
 * each new one as it is committed.
 */
public interface FeedSource {

    /** One published record: its type ({@code reaction}, {@code event}), key and value as JSON (value null for a tombstone). */
    record Item(long sequence, String type, String keyJson, String valueJson) {
    }

    /** Subscribes; the caller closes the subscription. */
    Subscription subscribe();

    /** A subscriber's view: the snapshot taken when it subscribed, then what came after, in order. */
    interface Subscription extends AutoCloseable {
        /** The latest record per key when the subscription started, oldest first. */
        List<Item> snapshot();

        /** The next record, or null after {@code timeout}. */
        Item next(Duration timeout) throws InterruptedException;

        /** True when the subscriber fell so far behind that records were dropped: it must start over. */
        boolean overflowed();

        @Override
        void close();
    }
}
