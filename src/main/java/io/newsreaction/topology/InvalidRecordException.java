package io.newsreaction.topology;

/**
 * A well-formed record whose content cannot be used (e.g. a tick with a negative price). Kafka
 * Streams' processing exception handler sends it to the dead-letter queue with this message as
 * the reason.
 */
public final class InvalidRecordException extends RuntimeException {
    public InvalidRecordException(String reason) {
        super(reason);
    }
}
