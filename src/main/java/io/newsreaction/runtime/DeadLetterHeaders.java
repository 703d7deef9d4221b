package io.newsreaction.runtime;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Header names of a dead-letter record. Kafka Streams' default handlers (KIP-1034, checked against
 * Kafka 4.4 in {@code DeadLetterQueueIT}) copy the original key and value bytes, the record
 * timestamp and the original headers, and add the six {@code __streams.errors.*} headers (UTF-8
 * strings). This service adds {@link #REASON}, one line saying why the record was refused, and
 * drops {@link #STACKTRACE} for bad input (undeserializable or invalid records), where it says
 * nothing the reason does not and would make each dead letter some kilobytes larger; an
 * unexpected processing error keeps it.
 */
public final class DeadLetterHeaders {
    /** Fully qualified class name of the exception. */
    public static final String EXCEPTION = "__streams.errors.exception";
    /** The exception's message. */
    public static final String MESSAGE = "__streams.errors.message";
    /** The exception's stack trace. */
    public static final String STACKTRACE = "__streams.errors.stacktrace";
    /** Topic the record was read from. */
    public static final String TOPIC = "__streams.errors.topic";
    /** Partition it was read from (decimal). */
    public static final String PARTITION = "__streams.errors.partition";
    /** Offset it was read from (decimal). */
    public static final String OFFSET = "__streams.errors.offset";
    /** Why the record was refused, e.g. {@code tick price must be a positive finite number: -1.0}. */
    public static final String REASON = "reason";

    /** Every header a dead-letter record of this service carries. */
    public static final List<String> ALL = List.of(EXCEPTION, MESSAGE, STACKTRACE, TOPIC, PARTITION, OFFSET, REASON);

    private DeadLetterHeaders() {
    }

    /**
     * Sets {@link #REASON} on each record, replacing a {@code reason} header the producer may have
     * set, and drops the stack trace unless {@code keepStackTrace}.
     */
    static void addReason(List<ProducerRecord<byte[], byte[]>> records, String reason, boolean keepStackTrace) {
        byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
        for (ProducerRecord<byte[], byte[]> record : records) {
            record.headers().remove(REASON);
            record.headers().add(REASON, bytes);
            if (!keepStackTrace) {
                record.headers().remove(STACKTRACE);
            }
        }
    }

    /** The message of {@code e}, or its class name when it has none. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
