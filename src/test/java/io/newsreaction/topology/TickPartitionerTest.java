package io.newsreaction.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

class TickPartitionerTest {
    private static final List<String> SYMBOLS = List.of("NVDA", "SPY", "QQQ", "AVGO", "TSM", "MSFT", "AAPL", "BRK.B", "123456789");

    @Test
    void murmur2ShouldMatchTheJavaProducersDefault() {
        for (String s : SYMBOLS) {
            for (int n = 1; n <= 12; n++) {
                assertThat(TickPartitioner.MURMUR2.partition(s, n))
                        .isEqualTo(BuiltInPartitioner.partitionForKey(s.getBytes(StandardCharsets.UTF_8), n));
            }
        }
    }

    @Test
    void crc32ShouldBeTheUnsignedIeeeCrcModuloThePartitionCountLikeLibrdkafka() {
        // CRC-32/IEEE check value of "123456789" is 0xCBF43926 = 3421780262, above Integer.MAX_VALUE:
        // a signed remainder would be negative, librdkafka's unsigned one is 3421780262 % n.
        for (int n = 1; n <= 12; n++) {
            assertThat(TickPartitioner.CRC32.partition("123456789", n)).isEqualTo((int) (3421780262L % n));
        }
        assertThat(TickPartitioner.CRC32.partition("NVDA", 3)).isEqualTo((int) (2809157911L % 3));
    }

    @Test
    void streamPartitionerShouldPlaceAKeyWhereThePartitionerDoes() {
        assertThat(TickPartitioner.CRC32.<Object>streamPartitioner().partitions("t", "NVDA", null, 7))
                .isEqualTo(Optional.of(Set.of(TickPartitioner.CRC32.partition("NVDA", 7))));
    }

    @Test
    void shouldFindAPartitionerByItsConfigName() {
        assertThat(TickPartitioner.byConfigName(" CRC32 ")).contains(TickPartitioner.CRC32);
        assertThat(TickPartitioner.byConfigName("murmur2")).contains(TickPartitioner.MURMUR2);
        assertThat(TickPartitioner.byConfigName("consistent_random")).isEmpty();
    }
}
