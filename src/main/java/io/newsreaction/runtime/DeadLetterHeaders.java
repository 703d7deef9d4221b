package io.newsreaction.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

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

    /**
     * Present when the record's key or value was cut to fit the dead-letter topic, e.g.
     * {@code value 1048470 bytes, first 262144 kept}.
     */
    public static final String TRUNCATED = "truncated";

    /** Every header a dead-letter record of this service carries (the last only when cut). */
    public static final List<String> ALL = List.of(EXCEPTION, MESSAGE, STACKTRACE, TOPIC, PARTITION, OFFSET, REASON, TRUNCATED);

    /** Longest key a dead-letter record keeps. */
    public static final int MAX_KEY_BYTES = 16 * 1024;
    /**
     * Longest value a dead-letter record keeps: a quarter of the producer's default
     * {@code max.request.size} (1 MiB), so the record with its headers fits the default
     * {@code max.message.bytes} of the dead-letter topic.
     */
    public static final int MAX_VALUE_BYTES = 256 * 1024;
    /** Longest value of any one header (messages, stack traces). */
    public static final int MAX_HEADER_BYTES = 16 * 1024;

    private DeadLetterHeaders() {
    }

    /**
     * The dead-letter records, each with {@link #REASON} set (replacing a {@code reason} header the
     * producer may have set), without the stack trace unless {@code keepStackTrace}, and small
     * enough to be written: a key longer than {@link #MAX_KEY_BYTES} or a value longer than
     * {@link #MAX_VALUE_BYTES} is cut to that length and the record gains {@link #TRUNCATED}, and
     * every header value is cut to {@link #MAX_HEADER_BYTES}. The source coordinates and the reason
     * always survive, so even a record the broker could never take leaves a trace to find it by.
     */
    static List<ProducerRecord<byte[], byte[]>> finish(List<ProducerRecord<byte[], byte[]>> records, String reason,
            boolean keepStackTrace) {
        byte[] reasonBytes = cut(reason.getBytes(StandardCharsets.UTF_8), MAX_HEADER_BYTES);
        List<ProducerRecord<byte[], byte[]>> finished = new ArrayList<>(records.size());
        for (ProducerRecord<byte[], byte[]> record : records) {
            RecordHeaders headers = new RecordHeaders();
            for (Header header : record.headers()) {
                boolean dropped = header.key().equals(REASON) || header.key().equals(TRUNCATED)
                        || (!keepStackTrace && header.key().equals(STACKTRACE));
                if (!dropped) {
                    headers.add(header.key(), header.value() == null ? null : cut(header.value(), MAX_HEADER_BYTES));
                }
            }
            headers.add(REASON, reasonBytes);
            byte[] key = record.key();
            byte[] value = record.value();
            String truncated = truncation("key", key, MAX_KEY_BYTES) + truncation("value", value, MAX_VALUE_BYTES);
            if (!truncated.isEmpty()) {
                headers.add(TRUNCATED, truncated.strip().getBytes(StandardCharsets.UTF_8));
            }
            finished.add(new ProducerRecord<>(record.topic(), record.partition(), record.timestamp(),
                    key == null ? null : cut(key, MAX_KEY_BYTES), value == null ? null : cut(value, MAX_VALUE_BYTES), headers));
        }
        return finished;
    }

    private static String truncation(String part, byte[] bytes, int limit) {
        return bytes != null && bytes.length > limit
                ? part + " " + bytes.length + " bytes, first " + limit + " kept "
                : "";
    }

    private static byte[] cut(byte[] bytes, int limit) {
        return bytes.length <= limit ? bytes : Arrays.copyOf(bytes, limit);
    }

    /** The message of {@code e}, or its class name when it has none. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
