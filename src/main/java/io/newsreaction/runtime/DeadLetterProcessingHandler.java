package io.newsreaction.runtime;

import io.newsreaction.registry.SchemaRegistryException;
import io.newsreaction.topology.InvalidRecordException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends records that fail in a processor (validation: {@link InvalidRecordException}) to the
 * dead-letter queue with Kafka's headers plus a {@code reason} header, and continues. A schema
 * registry outage (e.g. while serializing a reaction whose schema is not cached yet) fails the task
 * instead, so the record is processed again rather than dead-lettered.
 */
public class DeadLetterProcessingHandler extends LogAndContinueProcessingExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        SchemaRegistryException outage = RegistryOutage.find(exception);
        if (outage != null) {
            log.warn("schema registry unavailable while processing {}-{}@{} in {}: {}; the record will be processed again",
                    context.topic(), context.partition(), context.offset(), context.processorNodeId(), outage.getMessage());
            return Response.fail();
        }
        String reason = reason(exception);
        log.warn("dead-lettered {}-{}@{} in {}: {}", context.topic(), context.partition(), context.offset(),
                context.processorNodeId(), reason);
        Response response = super.handleError(context, record, exception);
        return Response.resume(DeadLetterHeaders.finish(response.deadLetterQueueRecords(), reason,
                !(exception instanceof InvalidRecordException)));
    }

    private static String reason(Exception exception) {
        if (exception instanceof InvalidRecordException) {
            return exception.getMessage();
        }
        return exception.getClass().getSimpleName() + ": " + DeadLetterHeaders.describe(exception);
    }
}
