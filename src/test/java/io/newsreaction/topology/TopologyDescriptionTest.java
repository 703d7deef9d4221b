package io.newsreaction.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.CohortKey;
import io.newsreaction.avro.CohortStats;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionEvent;
import io.newsreaction.avro.ReactionEventKey;
import io.newsreaction.avro.ReactionKey;
import io.newsreaction.avro.Tick;
import io.newsreaction.market.XnysCalendar;
import io.newsreaction.reaction.ReactionSettings;
import io.newsreaction.routing.RoutingSettings;
import io.newsreaction.serde.InternalAvroSerde;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Pins {@code topology.describe()}: processor, store and internal topic names are part of the
 * state of every running deployment, so a rename must be a deliberate act that updates
 * {@code src/test/resources/topology/golden-topology.txt}.
 */
class TopologyDescriptionTest {

    @Test
    void shouldMatchTheGoldenDescription() throws IOException {
        ReactionSerdes serdes = new ReactionSerdes(new InternalAvroSerde<>(Headline.class), new InternalAvroSerde<>(Tick.class),
                new InternalAvroSerde<>(ReactionKey.class), new InternalAvroSerde<>(MarketReaction.class),
                new InternalAvroSerde<>(ReactionEventKey.class), new InternalAvroSerde<>(ReactionEvent.class),
                new InternalAvroSerde<>(CohortKey.class), new InternalAvroSerde<>(CohortStats.class));
        TopologySettings settings = new TopologySettings("news.headlines", "market.ticks", "market.reactions", 3,
                ReactionSettings.defaults(XnysCalendar.withDefaults()), RoutingSettings.defaults(),
                "market.reaction-events", "market.reaction-stats", TickContract.DEFAULT);

        String described = ReactionTopology.build(settings, serdes).describe().toString();
        if (Boolean.getBoolean("golden.update")) {
            // a deliberate rename: mvn test -Dtest=TopologyDescriptionTest -Dgolden.update=true
            java.nio.file.Files.writeString(java.nio.file.Path.of("src/test/resources/topology/golden-topology.txt"), described);
        }

        assertThat(described).isEqualToIgnoringWhitespace(golden());
    }

    private static String golden() throws IOException {
        try (InputStream in = TopologyDescriptionTest.class.getResourceAsStream("/topology/golden-topology.txt")) {
            assertThat(in).as("golden-topology.txt on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
