package io.newsreaction.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionKey;
import io.newsreaction.client.ReactionsReader;
import io.newsreaction.config.AppSettings;
import io.newsreaction.embedded.EmbeddedStack;
import io.newsreaction.fixtures.Await;
import io.newsreaction.fixtures.Headlines;
import io.newsreaction.fixtures.RawRecords;
import io.newsreaction.fixtures.Reactions;
import io.newsreaction.fixtures.SharedStack;
import io.newsreaction.fixtures.TestApp;
import io.newsreaction.fixtures.TickRecords;
import io.newsreaction.registry.SchemaRegistryClient;
import io.newsreaction.runtime.ReactionService;
import io.newsreaction.topology.ReactionSerdes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/** Readers of the reactions topic (read_committed) never see output of an open or aborted transaction. */
class ReadCommittedIT {
    private static final Instant T0 = Instant.parse("2025-01-27T15:00:00Z");

    @Test
    void shouldNotShowAbortedRecordsToTheReactionsReader() throws Exception {
        EmbeddedStack stack = SharedStack.get();
        AppSettings settings = TestApp.settings("aborted", stack.bootstrapServers(), stack.schemaRegistryUrl(), Map.of());
        ReactionSerdes serdes = ReactionService.serdes(ReactionService.registryClient(settings), settings.registry());
        String topic = settings.topics().reactions();
        stack.kafka().createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(topic, 1, (short) 1)));
        Map<String, Object> config = new HashMap<>(settings.kafka());
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, settings.applicationId() + "-writer");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            writeInTransaction(producer, serdes, topic, List.of("committed-1"), true);
            writeInTransaction(producer, serdes, topic, List.of("aborted-1", "aborted-2", "aborted-3"), false);
            writeInTransaction(producer, serdes, topic, List.of("committed-2"), true);
        }

        List<MarketReaction> committed = ReactionsReader.latestPerKey(settings.kafka(), topic, serdes.reactionKey().deserializer(),
                serdes.reaction().deserializer(), Map.of());

        assertThat(committed).extracting(MarketReaction::getHeadlineId).containsExactlyInAnyOrder("committed-1", "committed-2");
        assertThat(RawRecords.readAll(settings.kafka(), topic, IsolationLevel.READ_UNCOMMITTED)).hasSize(5);
    }

    /**
     * The service's own output. Its stages talk through repartition topics read with read_committed,
     * so with a 10 s commit interval the reactions are written in the third transaction and stay
     * uncommitted for most of an interval: read_committed sees nothing. That transaction is then
     * aborted by fencing its producer, as a zombie's successor would, and a successor instance
     * reprocesses from the last commit: read_committed then sees each reaction once, and none of
     * the aborted records.
     */
    @Test
    void shouldHideTheServicesOpenAndAbortedTransactions() throws Exception {
        EmbeddedStack stack = SharedStack.get();
        AppSettings settings = TestApp.settings("fenced", stack.bootstrapServers(), stack.schemaRegistryUrl(),
                Map.of("kafka.commit.interval.ms", "10000", "kafka.producer.transaction.timeout.ms", "300000"));
        SchemaRegistryClient client = ReactionService.registryClient(settings);
        ReactionSerdes serdes = ReactionService.serdes(client, settings.registry());
        String reactions = settings.topics().reactions();
        Map<String, Object> kafka = new HashMap<>(settings.kafka());
        List<Long> abortedOffsets;
        try (TestApp app = TestApp.start(settings, client)) {
            RawRecords.send(kafka, input(settings, serdes, List.of("-PT1M", "PT30S", "PT3M", "PT7M")));
            Await.until("two revisions in an open transaction", Duration.ofSeconds(120),
                    () -> RawRecords.readAll(kafka, reactions, IsolationLevel.READ_UNCOMMITTED).size() == 2);
            assertThat(RawRecords.readAll(kafka, reactions, IsolationLevel.READ_COMMITTED)).isEmpty();
            abortedOffsets = offsets(RawRecords.readAll(kafka, reactions, IsolationLevel.READ_UNCOMMITTED));

            fenceOpenTransaction(app);
            assertThat(RawRecords.readAll(kafka, reactions, IsolationLevel.READ_COMMITTED)).isEmpty();
        }
        try (TestApp successor = TestApp.start(successorOf(settings, stack), client)) {
            successor.awaitDrained(Duration.ofMinutes(2));
        }
        List<Long> committedOffsets = offsets(RawRecords.readAll(kafka, reactions, IsolationLevel.READ_COMMITTED));
        assertThat(committedOffsets).hasSize(2).doesNotContainAnyElementsOf(abortedOffsets);
        assertThat(ReactionsReader.latestPerKey(kafka, reactions, serdes.reactionKey().deserializer(),
                serdes.reaction().deserializer(), Map.of())).singleElement()
                .satisfies(r -> assertThat(r.getRevision()).isEqualTo(1));
    }

    private static List<Long> offsets(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().map(ConsumerRecord::offset).toList();
    }

    /** The same application id and topics, the default commit interval, a fresh state directory. */
    private static AppSettings successorOf(AppSettings settings, EmbeddedStack stack) {
        return TestApp.settings("successor", stack.bootstrapServers(), stack.schemaRegistryUrl(), Map.of(
                "application.id", settings.applicationId(), "topics.headlines", settings.topics().headlines(),
                "topics.ticks", settings.topics().ticks(), "topics.reactions", settings.topics().reactions(),
                "topics.dlq", settings.topics().dlq()));
    }

    private static void writeInTransaction(KafkaProducer<byte[], byte[]> producer, ReactionSerdes serdes, String topic,
            List<String> headlineIds, boolean commit) {
        producer.beginTransaction();
        for (String id : headlineIds) {
            MarketReaction reaction = Reactions.forSymbol("NVDA").headline(id).build();
            producer.send(new ProducerRecord<>(topic, serdes.reactionKey().serializer().serialize(topic, new ReactionKey(id, "NVDA")),
                    serdes.reaction().serializer().serialize(topic, reaction)));
        }
        producer.flush();
        if (commit) {
            producer.commitTransaction();
        } else {
            producer.abortTransaction();
        }
    }

    /** One headline on NVDA, then ticks of NVDA and QQQ at the offsets; up to PT7M both horizons are due. */
    private static List<ProducerRecord<byte[], byte[]>> input(AppSettings settings, ReactionSerdes serdes, List<String> offsets) {
        String ticks = settings.topics().ticks();
        String headlines = settings.topics().headlines();
        List<ProducerRecord<byte[], byte[]>> out = new ArrayList<>();
        out.add(DeadLetterQueueIT.record(headlines, "h1", serdes.headline().serializer().serialize(headlines,
                Headlines.id("h1").at(T0).tickers("NVDA").build()), T0, new RecordHeaders()));
        for (String offset : offsets) {
            Instant at = T0.plus(Duration.parse(offset));
            for (String symbol : List.of("NVDA", "QQQ")) {
                byte[] value = serdes.tick().serializer().serialize(ticks, TickRecords.of(symbol).at(at).price(100).size(1).build());
                out.add(DeadLetterQueueIT.record(ticks, symbol, value, at, new RecordHeaders()));
            }
        }
        return out;
    }

    /** Aborts the service's open transaction the way a zombie's successor would: init a producer with its id. */
    private static void fenceOpenTransaction(TestApp app) throws Exception {
        String transactionalId;
        try (Admin admin = Admin.create(app.kafka())) {
            transactionalId = admin.listTransactions().all().get(30, TimeUnit.SECONDS).stream()
                    .filter(t -> t.transactionalId().startsWith(app.settings().applicationId() + "-"))
                    .filter(t -> t.state() == TransactionState.ONGOING)
                    .map(TransactionListing::transactionalId).findFirst().orElseThrow();
        }
        Map<String, Object> config = new HashMap<>(app.kafka());
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        try (KafkaProducer<byte[], byte[]> zombieKiller = new KafkaProducer<>(config, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            zombieKiller.initTransactions();
        }
    }
}
