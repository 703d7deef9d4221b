package io.newsreaction.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsreaction.avro.CohortBlock;
import io.newsreaction.avro.CohortDimension;
import io.newsreaction.avro.CohortHorizon;
import io.newsreaction.avro.CohortStats;
import io.newsreaction.avro.EventHorizon;
import io.newsreaction.avro.EventPrecision;
import io.newsreaction.avro.HorizonReaction;
import io.newsreaction.avro.MarketReaction;
import io.newsreaction.avro.ReactionEvent;
import io.newsreaction.avro.ReactionStatus;
import io.newsreaction.avro.TimePrecision;
import io.newsreaction.fixtures.SharedStack;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled DeepSeek-week data through the real embedded broker and registry. */
class DemoIT {
    private static final Instant FRIDAY_CLOSE = Instant.parse("2025-01-24T21:00:00Z");
    private static final Instant MONDAY_OPEN = Instant.parse("2025-01-27T14:30:00Z");

    @Test
    void shouldReproduceTheNvdaWeekendAcceptanceFact(@TempDir Path out) throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        DemoRun.Result result = new DemoRun(new PrintStream(console, true, StandardCharsets.UTF_8), out, Duration.ofMinutes(4))
                .run(SharedStack.get());

        assertThat(result.drained()).isTrue();
        assertThat(result.reactions()).as("every routed pair of the bundled week; none refused by the input limits").hasSize(462);
        List<MarketReaction> weekendNvda = result.reactions().stream()
                .filter(r -> r.getSymbol().equals("NVDA"))
                .filter(r -> r.getPublishedAt().isAfter(FRIDAY_CLOSE) && r.getPublishedAt().isBefore(MONDAY_OPEN))
                .toList();
        assertThat(weekendNvda).isNotEmpty().allSatisfy(r -> {
            assertThat(r.getStatus()).isEqualTo(ReactionStatus.FINAL);
            assertThat(r.getReferencePrice()).isEqualTo(142.605);
            HorizonReaction session = r.getHorizons().get(r.getHorizons().size() - 1);
            assertThat(session.getHorizon()).isEqualTo("PT6H30M");
            assertThat(session.getPrice()).isEqualTo(118.51);
            assertThat(session.getSimpleReturn()).isCloseTo(118.51 / 142.605 - 1, within(1e-12));
        });
        assertThat(Files.readAllLines(out.resolve("reactions.jsonl"))).hasSize(result.reactions().size());
        assertThat(Files.readString(out.resolve("report.html"))).contains("<svg").contains("NVDA")
                .contains("<h2>Events</h2>").contains("<h2>Cohorts</h2>").contains("KIND/MODEL_RELEASE");
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("Largest |abnormal return| at PT30M")
                .contains("Cohorts by KIND").contains("KIND/MODEL_RELEASE");

        // everything NVDA heard between Friday's close and Monday's open is one event, listed once
        ReactionEvent mondayOpen = result.events().stream()
                .filter(e -> e.getSymbol().equals("NVDA") && e.getWindowStart().equals(MONDAY_OPEN))
                .filter(e -> e.getPrecision() == EventPrecision.INTRADAY)
                .findFirst().orElseThrow();
        List<String> weekendIds = weekendNvda.stream().filter(r -> r.getTimePrecision() != TimePrecision.DAY)
                .map(MarketReaction::getHeadlineId).toList();
        assertThat(mondayOpen.getHeadlineIds()).containsAll(weekendIds).doesNotHaveDuplicates();
        assertThat(mondayOpen.getHeadlineCount()).isEqualTo(mondayOpen.getHeadlineIds().size());
        assertThat(mondayOpen.getStatus()).isEqualTo(ReactionStatus.FINAL);
        assertThat(result.events().size()).isBetween(150, 250).isLessThan(result.reactions().size() / 2);
        assertThat(Files.readAllLines(out.resolve("events.jsonl"))).hasSize(result.events().size());
        assertThat(Files.readAllLines(out.resolve("stats.jsonl"))).hasSize(result.stats().size());
        CohortStats all = result.stats().stream().filter(c -> c.getDimension() == CohortDimension.ALL).findFirst().orElseThrow();
        assertThat(all.getEvents()).isEqualTo(result.events().size());
        long finalIntraday = result.events().stream().filter(e -> e.getStatus() == ReactionStatus.FINAL)
                .filter(e -> e.getPrecision() == EventPrecision.INTRADAY).count();
        assertThat(all.getHorizons().get(0).getAll().getN()).isEqualTo(finalIntraday);
        assertCohortMatchesANaiveComputation(all.getHorizons().get(3), result.events());
    }

    /** Recomputes one cohort horizon from the event records with plain double sums (two passes). */
    private static void assertCohortMatchesANaiveComputation(CohortHorizon horizon, List<ReactionEvent> events) {
        List<EventHorizon> counted = events.stream().filter(e -> e.getStatus() == ReactionStatus.FINAL)
                .flatMap(e -> e.getHorizons().stream()).filter(h -> h.getHorizon().equals(horizon.getHorizon()))
                .filter(h -> h.getAbnormalReturn() != null).toList();
        int n = counted.size();
        double mean = counted.stream().mapToDouble(EventHorizon::getAbnormalReturn).sum() / n;
        double ss = counted.stream().mapToDouble(h -> (h.getAbnormalReturn() - mean) * (h.getAbnormalReturn() - mean)).sum();
        double sd = Math.sqrt(ss / (n - 1));
        CohortBlock block = horizon.getAll();
        assertThat(block.getN()).isEqualTo(n);
        assertThat(block.getMeanAbnormalReturn()).isCloseTo(mean, within(1e-15));
        assertThat(block.getSdAbnormalReturn()).isCloseTo(sd, within(1e-14));
        assertThat(block.getTCrossSectional()).isCloseTo(mean / (sd / Math.sqrt(n)), within(1e-10));
        assertThat(block.getPositive()).isEqualTo(counted.stream().filter(h -> h.getAbnormalReturn() > 0).count());
        assertThat(horizon.getClean().getN()).isEqualTo(counted.stream().filter(h -> h.getConfounders() == 0).count());
    }
}
