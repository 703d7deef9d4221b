package io.newsreaction.runtime;

import io.newsreaction.registry.SchemaRegistryException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends records that cannot be deserialized to the dead-letter queue with Kafka's headers plus a
 * {@code reason} header, and skips them, logging one line with topic-partition@offset and the
 * reason (the stack trace Kafka's handler logs is meant to be switched off in the logback
 * configuration). A schema registry outage is not the record's fault: the
 * handler then answers FAIL, the stream thread is replaced (see {@link ReactionApp}) and the record
 * is read again from the last commit once the registry answers.
 */
public class DeadLetterDeserializationHandler extends LogAndContinueExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        SchemaRegistryException outage = RegistryOutage.find(exception);
        if (outage != null) {
            log.warn("schema registry unavailable while reading {}-{}@{}: {}; the record will be read again, not dead-lettered",
                    context.topic(), context.partition(), context.offset(), outage.getMessage());
            return Response.fail();
        }
        String reason = "cannot deserialize: " + DeadLetterHeaders.describe(exception);
        log.warn("dead-lettered {}-{}@{}: {}", context.topic(), context.partition(), context.offset(), reason);
        Response response = super.handleError(context, record, exception);
        return Response.resume(DeadLetterHeaders.finish(response.deadLetterQueueRecords(), reason, false));
    }
}
