package io.newsreaction.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.registry.SchemaRegistryException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

/** What the handlers answer: dead-letter with a reason and cut to size, except during a registry outage. */
class DeadLetterHandlersTest {
    private static final byte[] KEY = "k".getBytes(StandardCharsets.UTF_8);
    private static final byte[] VALUE = {1, 2, 3};
    private static final Map<String, String> CONFIG = Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "dlq");
    private static final SchemaRegistryException OUTAGE =
            new SchemaRegistryException("cannot reach schema registry", SchemaRegistryException.NO_STATUS, -1);

    private final DeadLetterDeserializationHandler deserialization = new DeadLetterDeserializationHandler();
    private final DeadLetterProcessingHandler processing = new DeadLetterProcessingHandler();
    private final DeadLetterProductionHandler production = new DeadLetterProductionHandler();

    DeadLetterHandlersTest() {
        deserialization.configure(CONFIG);
        processing.configure(CONFIG);
        production.configure(CONFIG);
    }

    @Test
    void shouldDeadLetterACorruptRecordWithAReason() {
        DeserializationExceptionHandler.Response response = deserialization.handleError(context(), consumerRecord(),
                new SerializationException("unknown magic byte 0x7b, expected 0x00"));

        assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).singleElement().satisfies(r -> {
            assertThat(r.topic()).isEqualTo("dlq");
            assertThat(r.key()).isEqualTo(KEY);
            assertThat(r.value()).isEqualTo(VALUE);
            assertThat(header(r, DeadLetterHeaders.REASON)).isEqualTo("cannot deserialize: unknown magic byte 0x7b, expected 0x00");
            assertThat(header(r, DeadLetterHeaders.OFFSET)).isEqualTo("42");
            assertThat(r.headers().lastHeader(DeadLetterHeaders.STACKTRACE)).isNull();
        });
    }

    @Test
    void shouldNotDeadLetterWhenTheRegistryIsUnreachableOrFailing() {
        SchemaRegistryException unavailable = new SchemaRegistryException("HTTP 503", 503, -1);

        assertThat(deserialization.handleError(context(), consumerRecord(), OUTAGE).result())
                .isEqualTo(DeserializationExceptionHandler.Result.FAIL);
        assertThat(deserialization.handleError(context(), consumerRecord(), unavailable).deadLetterQueueRecords()).isEmpty();
    }

    @Test
    void shouldStillDeadLetterAnUnknownSchemaId() {
        SerializationException unknown = new SerializationException("unknown schema id 7",
                new SchemaRegistryException("schema id 7 not found", 404, 40403));

        assertThat(deserialization.handleError(context(), consumerRecord(), unknown).deadLetterQueueRecords()).hasSize(1);
    }

    @Test
    void shouldFailProcessingWhenSerializingOutputHitsARegistryOutage() {
        StreamsException fromSink = new StreamsException("Error encountered sending record", OUTAGE);

        ProcessingExceptionHandler.Response response = processing.handleError(context(), new Record<>("k", "v", 0L), fromSink);

        assertThat(response.result()).isEqualTo(ProcessingExceptionHandler.Result.FAIL);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
    }

    @Test
    void shouldNameTheExceptionInTheReasonOfAnUnexpectedProcessingError() {
        ProcessingExceptionHandler.Response response = processing.handleError(context(), new Record<>("k", "v", 0L),
                new IllegalStateException("boom"));

        assertThat(response.result()).isEqualTo(ProcessingExceptionHandler.Result.RESUME);
        assertThat(header(response.deadLetterQueueRecords().get(0), DeadLetterHeaders.REASON))
                .isEqualTo("IllegalStateException: boom");
        assertThat(header(response.deadLetterQueueRecords().get(0), DeadLetterHeaders.STACKTRACE)).contains("IllegalStateException: boom");
    }

    @Test
    void shouldReplaceAReasonHeaderSetByTheProducer() {
        Headers headers = new RecordHeaders().add(DeadLetterHeaders.REASON, "forged".getBytes(StandardCharsets.UTF_8));

        ProcessingExceptionHandler.Response response = processing.handleError(context(headers), new Record<>("k", "v", 0L),
                new IllegalStateException("boom"));

        assertThat(response.deadLetterQueueRecords().get(0).headers().headers(DeadLetterHeaders.REASON)).hasSize(1);
    }

    @Test
    void shouldDeadLetterTheSourceOfADerivedRecordTheBrokerRefusesAndGoOn() {
        ProducerRecord<byte[], byte[]> derived = new ProducerRecord<>("app-legs-repartition", KEY, new byte[2_000_000]);

        ProductionExceptionHandler.Response response = production.handleError(context(), derived,
                new RecordTooLargeException("The message is 2000088 bytes when serialized which is larger than 1048576"));

        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).singleElement().satisfies(r -> {
            assertThat(r.topic()).isEqualTo("dlq");
            assertThat(r.value()).as("the source record, not the derived one").isEqualTo(VALUE);
            assertThat(header(r, DeadLetterHeaders.REASON)).startsWith("cannot write the app-legs-repartition record derived from it:")
                    .contains("larger than 1048576");
            assertThat(header(r, DeadLetterHeaders.TOPIC)).isEqualTo("ticks");
            assertThat(header(r, DeadLetterHeaders.OFFSET)).isEqualTo("42");
        });
    }

    @Test
    void shouldDropADeadLetterTheDeadLetterTopicRefusesInsteadOfDeadLetteringItAgain() {
        ProducerRecord<byte[], byte[]> deadLetter = new ProducerRecord<>("dlq", KEY, VALUE);

        ProductionExceptionHandler.Response response = production.handleError(context(), deadLetter,
                new RecordTooLargeException("too large"));

        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
    }

    @Test
    void shouldFailTheTaskOnASendErrorThatSaysNothingAboutTheRecord() {
        ProducerRecord<byte[], byte[]> derived = new ProducerRecord<>("app-legs-repartition", KEY, VALUE);

        assertThat(production.handleError(context(), derived, new TopicAuthorizationException(Set.of("app-legs-repartition")))
                .result()).isEqualTo(ProductionExceptionHandler.Result.FAIL);
        assertThat(production.handleError(context(), derived, new TimeoutException("expired")).result())
                .as("Kafka Streams' default for a retriable error").isEqualTo(ProductionExceptionHandler.Result.RETRY);
    }

    @Test
    void shouldCutAnOversizedRecordToFitTheDeadLetterTopicAndSaySo() {
        byte[] huge = new byte[1_048_470];
        huge[0] = 7;

        DeserializationExceptionHandler.Response response = deserialization.handleError(context(new RecordHeaders(), huge),
                new ConsumerRecord<>("ticks", 0, 42, KEY, huge), new SerializationException("bad"));

        ProducerRecord<byte[], byte[]> dead = response.deadLetterQueueRecords().get(0);
        assertThat(dead.value()).hasSize(DeadLetterHeaders.MAX_VALUE_BYTES).startsWith((byte) 7);
        assertThat(header(dead, DeadLetterHeaders.TRUNCATED)).isEqualTo("value 1048470 bytes, first 262144 kept");
        assertThat(header(dead, DeadLetterHeaders.OFFSET)).isEqualTo("42");
        assertThat(header(dead, DeadLetterHeaders.REASON)).isEqualTo("cannot deserialize: bad");
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static ConsumerRecord<byte[], byte[]> consumerRecord() {
        return new ConsumerRecord<>("ticks", 0, 42, KEY, VALUE);
    }

    private static ErrorHandlerContext context() {
        return context(new RecordHeaders());
    }

    private static ErrorHandlerContext context(Headers headers) {
        return context(headers, VALUE);
    }

    private static ErrorHandlerContext context(Headers headers, byte[] sourceValue) {
        return new ErrorHandlerContext() {
            @Override
            public String topic() {
                return "ticks";
            }

            @Override
            public int partition() {
                return 0;
            }

            @Override
            public long offset() {
                return 42;
            }

            @Override
            public Headers headers() {
                return headers;
            }

            @Override
            public String processorNodeId() {
                return "validate-ticks";
            }

            @Override
            public TaskId taskId() {
                return new TaskId(0, 0);
            }

            @Override
            public long timestamp() {
                return 1L;
            }

            @Override
            public byte[] sourceRawKey() {
                return KEY;
            }

            @Override
            public byte[] sourceRawValue() {
                return sourceValue;
            }
        };
    }
}
