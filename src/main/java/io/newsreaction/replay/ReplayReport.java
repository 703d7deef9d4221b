package io.newsreaction.replay;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.client.ReactionsReader;
import java.io.PrintWriter;
import java.util.List;

/** What a replay prints when it is done: its reactions by status, the pending ones, the comparison. */
final class ReplayReport {
    static final int SHOWN = 10;

    private ReplayReport() {
    }

    /** Count by status; reactions that are not FINAL (nor NO_REFERENCE) are listed as pending. */
    static void printResult(PrintWriter out, String outputTopic, List<MarketReaction> replayed) {
        out.printf("%d reactions in %s (%s)%n", replayed.size(), outputTopic,
                replayed.isEmpty() ? "none" : ReactionsReader.statusSummary(replayed));
        List<MarketReaction> pending = replayed.stream().filter(r -> r.getStatus() == ReactionStatus.PROVISIONAL).toList();
        if (!pending.isEmpty()) {
            out.printf("%d pending: not FINAL because the input has no ticks late enough for their last horizon%n",
                    pending.size());
            pending.stream().limit(SHOWN).forEach(r -> out.println("  " + ReactionComparison.describe(r)));
        }
        out.flush();
    }

    static void printComparison(PrintWriter out, String liveTopic, ReactionComparison.Result result) {
        out.print("compared with " + liveTopic + ": " + result.render(SHOWN));
        out.flush();
    }
}
