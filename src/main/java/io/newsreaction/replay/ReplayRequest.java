package io.newsreaction.replay;

import java.time.Duration;
import java.util.Objects;

/**
 * What the {@code replay} command was asked to do.
 *
 * @param window       headline window and symbols
 * @param output       output topic, null for {@code market.reactions.replay.<yyyyMMddHHmmss>}
 * @param compare      compare with the live reactions topic
 * @param dryRun       print the plan only
 * @param keepInternal keep the private and internal topics and the consumer group
 * @param timeout      longest wait for the replay to drain
 */
public record ReplayRequest(ReplayWindow window, String output, boolean compare, boolean dryRun, boolean keepInternal,
        Duration timeout) {

    public ReplayRequest {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(timeout, "timeout");
    }
}
