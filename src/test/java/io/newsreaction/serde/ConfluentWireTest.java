package io.newsreaction.serde;

import io.newsreaction.fixtures.ConfluentFrames;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfluentWireTest {

    @Test
    void shouldFrameMagicByteThenBigEndianIdThenBody() {
        byte[] framed = ConfluentFrames.frame(0x01020304, new byte[] {9, 8});

        assertThat(framed).containsExactly(0x00, 0x01, 0x02, 0x03, 0x04, 9, 8);
    }

    @Test
    void shouldReadBackIdsAcrossTheWholeUnsignedByteRange() {
        for (int id : new int[] {0, 1, 255, 256, 65_535, 0x7fffffff, 0x80ff00ff}) {
            assertThat(ConfluentWire.schemaId(ConfluentFrames.frame(id, new byte[0]))).isEqualTo(id);
        }
    }

    @Test
    void shouldRejectPayloadShorterThanHeader() {
        assertThatThrownBy(() -> ConfluentWire.schemaId(new byte[] {0, 0, 1}))
                .isInstanceOf(SerializationException.class)
                .hasMessage("payload of 3 bytes is shorter than the 5-byte Confluent header");
    }

    @Test
    void shouldRejectWrongMagicByte() {
        assertThatThrownBy(() -> ConfluentWire.schemaId("{\"a\":1}".getBytes()))
                .isInstanceOf(SerializationException.class)
                .hasMessage("unknown magic byte 0x7b, expected 0x00");
    }

    @Test
    void shouldNameSubjectsByTopic() {
        assertThat(ConfluentWire.subject("market.ticks", true)).isEqualTo("market.ticks-key");
        assertThat(ConfluentWire.subject("market.ticks", false)).isEqualTo("market.ticks-value");
    }
}
