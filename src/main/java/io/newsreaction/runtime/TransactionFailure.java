package io.newsreaction.runtime;

import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.InvalidTxnStateException;
import org.apache.kafka.common.errors.ProducerFencedException;

/**
 * Recognises a failed exactly-once transaction anywhere in a cause chain: the coordinator aborted
 * the producer's transaction (e.g. after a network black hole longer than
 * {@code transaction.timeout.ms}: {@code InvalidTxnStateException} at the commit) or fenced it. Nothing of that transaction is visible to
 * read-committed consumers, so a new stream thread, with a new producer, resumes from the last
 * commit and the output stays exactly once.
 */
final class TransactionFailure {
    private TransactionFailure() {
    }

    /** The transactional failure in the cause chain of {@code failure}, or null. */
    static Throwable find(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof InvalidTxnStateException || t instanceof InvalidProducerEpochException
                    || t instanceof ProducerFencedException) {
                return t;
            }
        }
        return null;
    }
}
