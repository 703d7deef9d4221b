package io.newsreaction.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.EventMember;
import io.newsreaction.avro.EventPrecision;
import io.newsreaction.avro.EventState;
import io.newsreaction.avro.HeadlineKind;
import io.newsreaction.serde.InternalAvroSerde;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;

class EventKeysTest {
    private final Serializer<EventState> encoder = new InternalAvroSerde<>(EventState.class).serializer();

    @Test
    void readsWhetherAStoredEventHasMembersFromItsEncodingAlone() {
        for (int count : new int[] {0, 1, 2, 63, 64, 65, 300}) {
            List<EventMember> members = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                members.add(member("h" + i));
            }
            EventState state = new EventState(members, null, new ArrayList<>(), null, null);
            byte[] encoded = encoder.serialize(null, state);

            assertThat(EventKeys.hasMembers(encoded)).as("%d members", count).isEqualTo(count > 0);
        }
    }

    private static EventMember member(String headlineId) {
        return EventMember.newBuilder()
                .setHeadlineId(headlineId)
                .setSymbol("NVDA")
                .setWindowStart(Instant.parse("2025-01-27T14:30:00Z"))
                .setPrecision(EventPrecision.INTRADAY)
                .setPublishedAt(Instant.parse("2025-01-27T14:31:00Z"))
                .setKind(HeadlineKind.values()[0])
                .setActor(null)
                .setSource("test")
                .setTitle("t")
                .setEntities(List.of())
                .build();
    }
}
