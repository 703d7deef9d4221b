package io.newsreaction.runtime;

import io.newsreaction.registry.SchemaRegistryException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends records that cannot be deserialized to the dead-letter queue with Kafka's headers plus a
 * {@code reason} header, and skips them. A schema registry outage is not the record's fault: the
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
        Response response = super.handleError(context, record, exception);
        DeadLetterHeaders.addReason(response.deadLetterQueueRecords(), "cannot deserialize: " + DeadLetterHeaders.describe(exception));
        return response;
    }
}
