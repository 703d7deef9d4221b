package io.newsreaction.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.HeadlineKind;
import io.newsreaction.avro.Tick;
import io.newsreaction.avro.TimePrecision;
import io.newsreaction.bench.BenchUniverse;
import io.newsreaction.demo.DemoData;
import io.newsreaction.demo.DemoRouting;
import io.newsreaction.routing.RoutingSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputLimitsTest {

    @ParameterizedTest
    @ValueSource(strings = {"NVDA", "BRK.B", "BRK-B", "^IXIC", "ES=F", "BTC/USD", "EUR:USD", "S0042", "A", "X_1"})
    void shouldAcceptSymbolsOfTheSyntax(String symbol) {
        assertThat(InputLimits.symbolViolation("symbol", symbol)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NV DA", "nvda", "", " NVDA", "NVDA\t", "ÄPPL", "NVDA;MSFT", "N*"})
    void shouldRefuseOtherSymbols(String symbol) {
        assertThat(InputLimits.symbolViolation("symbol", symbol)).isEqualTo("symbol '" + symbol
                + "' is not a symbol: 1 to 32 of A-Z, 0-9 and . - _ ^ = / : (upper case, no spaces)");
    }

    @Test
    void shouldCheckSymbolsExactlyAsTheirPatternReads() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String one = String.valueOf(c);
            assertThat(InputLimits.isSymbol(one)).as("U+%04X", (int) c).isEqualTo(InputLimits.SYMBOL.matcher(one).matches());
            String inside = "A" + c + "1";
            assertThat(InputLimits.isSymbol(inside)).as("A U+%04X 1", (int) c)
                    .isEqualTo(InputLimits.SYMBOL.matcher(inside).matches());
        }
        for (String s : List.of("", "A".repeat(32), "A".repeat(33), "^GSPC", "BRK.B", "X-_=/:.^9")) {
            assertThat(InputLimits.isSymbol(s)).as(s).isEqualTo(InputLimits.SYMBOL.matcher(s).matches());
        }
    }

    @Test
    void shouldNameTheLengthOfAnOverlongSymbol() {
        assertThat(InputLimits.symbolViolation("tick symbol", "A".repeat(33)))
                .isEqualTo("tick symbol is 33 characters, more than 32");
    }

    @Test
    void shouldCheckHeadlineTickersAsRoutingReadsThemButTickSymbolsExactly() {
        Headline headline = Headline.newBuilder().setId("h1").setPublishedAt(Instant.parse("2025-01-27T14:30:00Z"))
                .setTimePrecision(TimePrecision.SECOND).setSource("s").setKind(HeadlineKind.OTHER).setActor(null).setTitle("t")
                .setTickers(new ArrayList<>(List.of(" nvda "))).setEntities(new ArrayList<>()).setUrl(null).build();
        Tick tick = Tick.newBuilder().setSymbol("nvda").setTs(Instant.parse("2025-01-27T14:30:00Z")).setPrice(1).setSize(1)
                .setVenue(null).build();

        assertThat(InputLimits.headlineViolation(headline)).isNull();
        assertThat(InputLimits.tickViolation(tick)).startsWith("tick symbol 'nvda' is not a symbol");
    }

    @Test
    void shouldRefuseAHeadlineIdWithAControlCharacter() {
        Headline headline = Headline.newBuilder().setId("h\u00001").setPublishedAt(Instant.parse("2025-01-27T14:30:00Z"))
                .setTimePrecision(TimePrecision.SECOND).setSource("s").setKind(HeadlineKind.OTHER).setActor(null).setTitle("t")
                .build();
        assertThat(InputLimits.headlineViolation(headline)).isEqualTo("headline id contains the control character U+0000");
    }

    @Test
    void shouldHoldForEveryRecordOfTheBundledData() {
        DemoData demo = DemoData.load();

        assertThat(demo.ticks()).allSatisfy(t -> assertThat(InputLimits.tickViolation(t)).isNull());
        assertThat(demo.headlines()).allSatisfy(h -> assertThat(InputLimits.headlineViolation(h)).isNull());
    }

    @Test
    void shouldHoldForTheSymbolsOfTheDefaultsTheDemoRoutingAndTheBench() {
        List<String> symbols = new ArrayList<>(new BenchUniverse(200).symbols());
        symbols.add(RoutingSettings.defaults().defaultBenchmark());
        for (Map.Entry<String, String> e : DemoRouting.properties().entrySet()) {
            if (e.getKey().equals("reaction.universe") || e.getKey().startsWith("reaction.benchmark.")
                    || e.getKey().startsWith("routing.entity.") || e.getKey().equals("reaction.default-benchmark")) {
                symbols.addAll(List.of(e.getValue().split(",")));
            }
            if (e.getKey().startsWith("reaction.benchmark.")) {
                symbols.add(e.getKey().substring("reaction.benchmark.".length()));
            }
        }

        assertThat(symbols).hasSizeGreaterThan(200)
                .allSatisfy(s -> assertThat(InputLimits.symbolViolation("symbol", s.trim())).isNull());
    }
}
