package io.newsreaction.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.HeadlineKind;
import io.newsreaction.avro.Tick;
import io.newsreaction.demo.DemoData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private static DemoData data;

    @BeforeAll
    static void load() {
        data = DemoData.load();
    }

    private static Tick lastRegularSessionTick(String symbol, String date) {
        Instant close = Instant.parse(date + "T21:00:00Z");
        return data.ticks().stream()
                .filter(t -> t.getSymbol().equals(symbol) && t.getTs().isBefore(close)
                        && t.getTs().atOffset(ZoneOffset.UTC).toLocalDate().equals(LocalDate.parse(date)))
                .reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void shouldExpandEveryBarOfTheSixSymbolsIntoFourTicks() {
        assertThat(data.tickCounts()).containsExactly(
                Map.entry("AMD", 1296L), Map.entry("META", 1256L), Map.entry("MSFT", 1288L),
                Map.entry("NVDA", 1548L), Map.entry("QQQ", 1368L), Map.entry("SPY", 1312L));
        assertThat(data.ticks()).hasSize(8068).isSortedAccordingTo(Comparator.comparing(Tick::getTs));
        assertThat(data.summary()).startsWith("8,068 ticks {AMD=1296").endsWith("450 headlines");
    }

    @Test
    void shouldCoverJanuary24To29ForNvda() {
        Set<LocalDate> days = data.ticks().stream().filter(t -> t.getSymbol().equals("NVDA"))
                .map(t -> t.getTs().atOffset(ZoneOffset.UTC).toLocalDate())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(days).containsExactly(LocalDate.of(2025, 1, 24), LocalDate.of(2025, 1, 27),
                LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29));
    }

    @Test
    void shouldEndEachSessionAtTheKnownLastPrints() {
        Tick friday = lastRegularSessionTick("NVDA", "2025-01-24");
        assertThat(friday.getTs()).isEqualTo(Instant.parse("2025-01-24T20:59:59Z"));
        assertThat(friday.getPrice()).isEqualTo(142.605);
        assertThat(lastRegularSessionTick("NVDA", "2025-01-27").getPrice()).isEqualTo(118.51);
        assertThat(lastRegularSessionTick("NVDA", "2025-01-28").getPrice()).isEqualTo(128.81);
    }

    @Test
    void shouldLoadTimelineAndBenzingaHeadlinesMergedById() {
        List<Headline> headlines = data.headlines();
        assertThat(headlines).hasSize(450)
                .isSortedAccordingTo(Comparator.comparing(Headline::getPublishedAt).thenComparing(Headline::getId));
        assertThat(headlines).extracting(Headline::getId).doesNotHaveDuplicates();
        Headline sputnik = headlines.stream().filter(h -> h.getTitle().equals("'Deepseek R1 is AI's Sputnik moment.'"))
                .findFirst().orElseThrow();
        assertThat(sputnik.getKind()).isEqualTo(HeadlineKind.PUBLIC_FIGURE_CLAIM);
        assertThat(sputnik.getActor()).isEqualTo("Marc Andreessen (@pmarca)");
        assertThat(sputnik.getEntities()).containsExactly("DeepSeek", "R1");
        assertThat(headlines.stream().filter(h -> h.getTickers().containsAll(List.of("NVDA", "MSFT"))
                && h.getSource().equals("Benzinga")).count()).isGreaterThanOrEqualTo(40);
        assertThat(headlines).noneMatch(h -> h.getTitle().contains("&amp;"));
    }
}
