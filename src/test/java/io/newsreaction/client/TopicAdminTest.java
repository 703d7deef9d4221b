package io.newsreaction.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsreaction.config.TopicSettings;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeTopicsResult;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.internals.KafkaFutureImpl;
import org.junit.jupiter.api.Test;

class TopicAdminTest {
    private static final TopicSettings TOPICS = new TopicSettings("h", "ticks", "r", "dlq", 2, true);

    @Test
    void shouldSayInOneLineThatKafkaCannotBeReachedAndNotWaitOutTheClientsCalls() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String bootstrap = "127.0.0.1:" + port;
        long start = System.nanoTime();

        assertThatThrownBy(() -> TopicAdmin.ensure(Map.of("bootstrap.servers", bootstrap, "default.api.timeout.ms", 2_000,
                "request.timeout.ms", 1_000), TOPICS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot reach Kafka at " + bootstrap + " within 2 s");
        // the close does not wait for the client's pending calls (default.api.timeout.ms each)
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(20));
    }

    @Test
    void shouldWaitForAJustCreatedTopicThatTheBrokerDoesNotKnowYet() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Admin admin = describing(calls, unknown(), unknown(), described(2));

        TopicAdmin.checkTicksPartitions(admin, TOPICS, true);

        assertThat(calls).hasValue(3);
    }

    @Test
    void shouldWaitUntilEveryPartitionOfAJustCreatedTopicHasALeader() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Admin admin = describing(calls, described(2, null), described(2));

        TopicAdmin.checkTicksPartitions(admin, TOPICS, true);

        assertThat(calls).hasValue(2);
    }

    @Test
    void shouldFailAtOnceOnAMissingTopicItDidNotCreate() {
        AtomicInteger calls = new AtomicInteger();
        Admin admin = describing(calls, unknown(), described(2));

        assertThatThrownBy(() -> TopicAdmin.checkTicksPartitions(admin, TOPICS, false))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(UnknownTopicOrPartitionException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void shouldNameTheSettingWhenThePartitionCountDiffers() {
        Admin admin = describing(new AtomicInteger(), described(4));

        assertThatThrownBy(() -> TopicAdmin.checkTicksPartitions(admin, TOPICS, true))
                .hasMessage("topics.partitions=2 but topic ticks has 4 partitions: set topics.partitions to 4");
    }

    private static KafkaFuture<TopicDescription> unknown() {
        KafkaFutureImpl<TopicDescription> future = new KafkaFutureImpl<>();
        future.completeExceptionally(new UnknownTopicOrPartitionException("This server does not host this topic-partition."));
        return future;
    }

    private static KafkaFuture<TopicDescription> described(int partitions) {
        return described(partitions, new Node(1, "localhost", 9092));
    }

    private static KafkaFuture<TopicDescription> described(int partitions, Node leader) {
        Node node = new Node(1, "localhost", 9092);
        List<TopicPartitionInfo> infos = new java.util.ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            infos.add(new TopicPartitionInfo(p, leader, List.of(node), List.of(node)));
        }
        return KafkaFuture.completedFuture(new TopicDescription("ticks", false, infos));
    }

    /** An Admin whose describeTopics answers with the given futures in turn; every other call fails. */
    @SafeVarargs
    private static Admin describing(AtomicInteger calls, KafkaFuture<TopicDescription>... answers) {
        Deque<KafkaFuture<TopicDescription>> queue = new ArrayDeque<>(List.of(answers));
        return (Admin) Proxy.newProxyInstance(Admin.class.getClassLoader(), new Class<?>[] {Admin.class}, (proxy, method, args) -> {
            if (method.getName().equals("describeTopics")) {
                calls.incrementAndGet();
                return new DescribeTopicsResult(null, Map.of("ticks", queue.removeFirst())) { };
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }
}
