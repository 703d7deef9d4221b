package io.newsreaction.replay;

import io.newsreaction.avro.Headline;
import io.newsreaction.routing.HeadlineRouter;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Decides which live headline records a replay copies: {@code publishedAt} in the window and, when
 * the replay is limited to symbols, routed to at least one of them (the router is the replay's, whose
 * universe is limited to those symbols). A record that cannot be read is kept when its timestamp is
 * in the window, so the replay sends it to its dead-letter topic as the live run did.
 */
final class HeadlineSelector {
    private final ReplayWindow window;
    private final HeadlineRouter router;
    private final Deserializer<Headline> values;

    HeadlineSelector(ReplayWindow window, HeadlineRouter router, Deserializer<Headline> values) {
        this.window = window;
        this.router = router;
        this.values = values;
    }

    boolean keep(String topic, byte[] value, long timestamp) {
        Headline headline;
        try {
            headline = value == null ? null : values.deserialize(topic, value);
        } catch (SerializationException | IllegalArgumentException e) {
            headline = null;
        }
        if (headline == null || headline.getPublishedAt() == null) {
            return window.contains(Instant.ofEpochMilli(timestamp));
        }
        if (!window.contains(headline.getPublishedAt())) {
            return false;
        }
        return window.symbols().isEmpty() || !router.route(headline).isEmpty();
    }
}
