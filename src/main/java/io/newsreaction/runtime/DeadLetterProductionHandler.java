package io.newsreaction.runtime;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles a record the broker refuses for what it is, not for the broker's state: larger than
 * {@code max.request.size} or the topic's {@code max.message.bytes}, or otherwise invalid. The
 * source record whose processing produced it goes to the dead-letter queue (cut to size by
 * {@link DeadLetterHeaders#finish}) and processing goes on; retrying could only fail again, on
 * every restart. A dead-letter record that is itself refused is logged with its source coordinates
 * and dropped, never dead-lettered again, so there is no recursion. Every other send error keeps
 * Kafka Streams' default: the task fails and the send is retried from the last commit.
 */
public class DeadLetterProductionHandler extends DefaultProductionExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterProductionHandler.class);

    private String deadLetterTopic;

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        deadLetterTopic = topic == null ? null : topic.toString();
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (!refusesTheRecord(exception)) {
            return super.handleError(context, record, exception);
        }
        String source = context.topic() + "-" + context.partition() + "@" + context.offset();
        if (record.topic().equals(deadLetterTopic)) {
            log.error("the dead-letter topic {} refused the dead letter of {} ({}); it is dropped: raise the topic's"
                    + " max.message.bytes to keep such records", deadLetterTopic, source, exception.getMessage());
            return Response.resume();
        }
        String reason = "cannot write the " + record.topic() + " record derived from it: " + DeadLetterHeaders.describe(exception);
        log.warn("dead-lettered {} in {}: {}", source, context.processorNodeId(), reason);
        List<ProducerRecord<byte[], byte[]>> deadLetters = super.handleError(context, record, exception).deadLetterQueueRecords();
        return Response.resume(DeadLetterHeaders.finish(deadLetters, reason, false));
    }

    /** Whether the broker or producer refuses the record itself, so that sending it again cannot succeed. */
    static boolean refusesTheRecord(Exception exception) {
        return exception instanceof RecordTooLargeException || exception instanceof RecordBatchTooLargeException
                || exception instanceof InvalidRecordException;
    }
}
