package io.newsreaction.serde;

import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionKey;
import io.newsreaction.avro.Tick;
import io.newsreaction.fixtures.ConfluentFrames;
import io.newsreaction.fixtures.InMemorySchemaRegistryClient;
import java.util.Arrays;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AvroDeserializerErrorsTest {

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    private final AvroDeserializer<Tick> ticks = new AvroDeserializer<>(registry, Tick.class);
    private final int tickId = registry.preRegister("t-value", Tick.getClassSchema());

    @Test
    void shouldRejectPayloadShorterThanHeader() {
        assertThatThrownBy(() -> ticks.deserialize("t", new byte[] {0, 0, 0}))
                .isInstanceOf(SerializationException.class)
                .hasMessage("payload of 3 bytes is shorter than the 5-byte Confluent header");
    }

    @Test
    void shouldRejectEmptyPayload() {
        assertThatThrownBy(() -> ticks.deserialize("t", new byte[0]))
                .isInstanceOf(SerializationException.class)
                .hasMessage("payload of 0 bytes is shorter than the 5-byte Confluent header");
    }

    @Test
    void shouldRejectWrongMagicByte() {
        assertThatThrownBy(() -> ticks.deserialize("t", "{\"symbol\":\"NVDA\"}".getBytes()))
                .isInstanceOf(SerializationException.class)
                .hasMessage("unknown magic byte 0x7b, expected 0x00");
    }

    @Test
    void shouldRejectUnknownSchemaId() {
        assertThatThrownBy(() -> ticks.deserialize("t", ConfluentFrames.frame(99, new byte[] {2, 65})))
                .isInstanceOf(SerializationException.class)
                .hasMessage("unknown schema id 99");
    }

    @Test
    void shouldRejectTruncatedBody() {
        byte[] valid = validTick();

        assertThatThrownBy(() -> ticks.deserialize("t", Arrays.copyOf(valid, valid.length - 3)))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("corrupt Avro body for schema id " + tickId + ": EOFException");
    }

    @Test
    void shouldRejectHeaderWithoutBody() {
        assertThatThrownBy(() -> ticks.deserialize("t", ConfluentFrames.frame(tickId, new byte[0])))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("corrupt Avro body for schema id " + tickId);
    }

    @Test
    void shouldRejectNegativeStringLength() {
        byte[] body = {0x01}; // zig-zag -1 as the length of symbol

        assertThatThrownBy(() -> ticks.deserialize("t", ConfluentFrames.frame(tickId, body)))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("corrupt Avro body for schema id " + tickId)
                .hasMessageContaining("negative");
    }

    @Test
    void shouldRejectHugeStringLength() {
        byte[] body = {(byte) 0xfe, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f}; // length 2^31-1

        assertThatThrownBy(() -> ticks.deserialize("t", ConfluentFrames.frame(tickId, body)))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("corrupt Avro body for schema id " + tickId);
    }

    @Test
    void shouldRejectBadUnionIndex() {
        byte[] valid = validTick();
        byte[] body = Arrays.copyOfRange(valid, ConfluentWire.HEADER_SIZE, valid.length);
        int venueIndex = body.length - 6; // venue = union index 1 (0x02), then "XNAS" (0x08 + 4 bytes)
        body[venueIndex] = 0x0a; // union index 5

        assertThatThrownBy(() -> ticks.deserialize("t", ConfluentFrames.frame(tickId, body)))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("corrupt Avro body for schema id " + tickId);
    }

    @Test
    void shouldRejectBadEnumIndex() {
        int id = registry.preRegister("r-value", MarketReaction.getClassSchema());
        byte[] body = {0x02, 'h', 0x02, 'N', (byte) 0xc6, 0x01}; // headlineId, symbol, kind = 99
        AvroDeserializer<MarketReaction> reactions = new AvroDeserializer<>(registry, MarketReaction.class);

        assertThatThrownBy(() -> reactions.deserialize("r", ConfluentFrames.frame(id, body)))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("corrupt Avro body for schema id " + id);
    }

    @Test
    void shouldRejectTrailingGarbage() {
        byte[] valid = validTick();
        byte[] padded = Arrays.copyOf(valid, valid.length + 2);

        assertThatThrownBy(() -> ticks.deserialize("t", padded))
                .isInstanceOf(SerializationException.class)
                .hasMessage("corrupt Avro body for schema id " + tickId + ": 2 trailing bytes after the record");
    }

    @Test
    void shouldRejectWriterSchemaTheReaderCannotRead() {
        AvroDeserializer<ReactionKey> keys = new AvroDeserializer<>(registry, ReactionKey.class);

        assertThatThrownBy(() -> keys.deserialize("t", validTick()))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("writer schema id " + tickId
                        + " (io.newsreaction.avro.Tick) cannot be read as io.newsreaction.avro.ReactionKey")
                .satisfies(e -> assertThat(e.getMessage()).as("one line, no schema printed in full")
                        .doesNotContain("\n").doesNotContain("\"fields\"").hasSizeLessThan(600));
    }

    @Test
    void shouldRejectUseBeforeConfigure() {
        AvroDeserializer<Tick> unconfigured = new AvroDeserializer<>(Tick.class);

        assertThatThrownBy(() -> unconfigured.deserialize("t", validTick()))
                .isInstanceOf(IllegalStateException.class);
    }

    private byte[] validTick() {
        return new AvroSerializer<Tick>(registry, Map.of(), false).serialize("t", SampleRecords.tick());
    }
}
