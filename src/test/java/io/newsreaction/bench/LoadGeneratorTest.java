package io.newsreaction.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.Tick;
import io.newsreaction.market.TradingCalendar;
import io.newsreaction.market.TradingCalendars;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {
    private static final TradingCalendar XNYS = TradingCalendars.byName("XNYS");
    private static final LoadSpec SMALL = new LoadSpec(50, 20_000, 200, 7L, 5_000);

    @Test
    void shouldGiveTheSameRecordsForTheSameSeed() {
        LoadGenerator first = new LoadGenerator(SMALL, XNYS);
        LoadGenerator second = new LoadGenerator(SMALL, XNYS);

        assertThat(take(second.ticks(), 5_000)).isEqualTo(take(first.ticks(), 5_000));
        assertThat(second.headlines()).isEqualTo(first.headlines());
        assertThat(take(first.ticks(), 100)).isEqualTo(take(first.ticks(), 100));
    }

    @Test
    void shouldGiveOtherRecordsForAnotherSeed() {
        LoadSpec other = new LoadSpec(50, 20_000, 200, 8L, 5_000);

        assertThat(take(new LoadGenerator(other, XNYS).ticks(), 100))
                .isNotEqualTo(take(new LoadGenerator(SMALL, XNYS).ticks(), 100));
    }

    @Test
    void shouldSkewTicksTowardsPopularSymbolsLikeZipf() {
        LoadGenerator generator = new LoadGenerator(SMALL, XNYS);
        Map<String, Integer> counts = new HashMap<>();
        generator.ticks().forEachRemaining(t -> counts.merge(t.getSymbol(), 1, Integer::sum));
        List<String> symbols = generator.universe().symbols();
        ZipfSampler zipf = new ZipfSampler(SMALL.symbols(), LoadGenerator.ZIPF_EXPONENT);

        double topShare = counts.get(symbols.get(0)) / (double) SMALL.ticks();
        assertThat(topShare).isCloseTo(zipf.probability(0), org.assertj.core.data.Offset.offset(0.02));
        assertThat(counts.get(symbols.get(0))).isGreaterThan(10 * counts.getOrDefault(symbols.get(40), 0));
        assertThat(symbols.get(0)).isEqualTo("SPY");
    }

    @Test
    void shouldKeepPricesPositiveAndTicksInSessionAndInTimeOrder() {
        LoadGenerator generator = new LoadGenerator(SMALL, XNYS);
        long previous = Long.MIN_VALUE;
        int outOfSession = 0;
        for (Iterator<Tick> it = generator.ticks(); it.hasNext(); ) {
            Tick t = it.next();
            assertThat(t.getPrice()).isPositive();
            assertThat(t.getSize()).isPositive();
            long ts = t.getTs().toEpochMilli();
            assertThat(ts).isGreaterThanOrEqualTo(previous);
            outOfSession += XNYS.isInSession(ts) ? 0 : 1;
            previous = ts;
        }
        assertThat(outOfSession).isLessThanOrEqualTo((int) SMALL.tradingDays());
        assertThat(SMALL.tradingDays()).isEqualTo(4);
    }

    @Test
    void shouldRouteEveryHeadlineToOneToFiveDistinctStocks() {
        LoadGenerator generator = new LoadGenerator(SMALL, XNYS);
        List<Headline> headlines = generator.headlines();

        assertThat(headlines).hasSize(SMALL.headlines());
        assertThat(headlines).allSatisfy(h -> {
            assertThat(h.getTickers()).hasSizeBetween(1, 5).doesNotHaveDuplicates();
            assertThat(h.getTickers()).doesNotContainAnyElementsOf(BenchUniverse.ETFS);
            assertThat(generator.universe().stocks()).containsAll(h.getTickers());
        });
        assertThat(headlines).extracting(h -> h.getTickers().size()).contains(1, 5);
        assertThat(headlines).extracting(Headline::getPublishedAt).isSorted();
    }

    @Test
    void shouldGiveEveryStockAnEtfBenchmark() {
        BenchUniverse universe = new BenchUniverse(12);

        assertThat(universe.symbols()).hasSize(12).startsWith("SPY", "QQQ", "IWM", "DIA", "NVDA");
        assertThat(universe.stocks()).allSatisfy(s ->
                assertThat(BenchUniverse.ETFS).contains(universe.routingProperties().get("reaction.benchmark." + s)));
        assertThat(universe.routingProperties()).containsEntry("reaction.benchmark.NVDA", "SPY")
                .containsEntry("reaction.default-benchmark", "SPY");
    }

    @Test
    void shouldRejectTooFewSymbols() {
        assertThatThrownBy(() -> new LoadSpec(4, 10, 1, 1, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("symbols must be at least 5: 4");
    }

    private static List<Tick> take(Iterator<Tick> it, int n) {
        List<Tick> out = new ArrayList<>(n);
        for (int i = 0; i < n && it.hasNext(); i++) {
            out.add(it.next());
        }
        return out;
    }
}
