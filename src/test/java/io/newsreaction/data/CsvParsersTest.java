package io.newsreaction.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsreaction.avro.Tick;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvParsersTest {

    @TempDir
    Path dir;

    @Test
    void shouldExpandGoodBarsAndReportBadOnesWithFileAndLine() {
        String csv = String.join("\n",
                "timestamp,open,high,low,close,volume,trade_count,vwap",
                "2025-01-24 14:30:00+00:00,146.0,147.0,145.0,146.5,100.0,2.0,146.1",
                "2025-01-24 14:35:00+00:00,abc,147.0,145.0,146.5,100.0,2.0,146.1",
                "2025-01-24 14:40:00+00:00,146.0,145.0,145.0,146.5,100.0,2.0,146.1",
                "",
                "yesterday,146.0,147.0,145.0,146.5,100.0,2.0,146.1",
                "2025-01-24T14:50:00Z,146.0,147.0,145.0,146.5,100.0",
                "2025-01-24T14:55:00,146.0,147.0,145.0,146.5,4,1,1");
        ParseResult<Tick> result = BarsCsv.forSymbol("nvda").parse("bars.csv", new StringReader(csv));
        assertThat(result.records()).hasSize(8);
        assertThat(result.records().get(0).getSymbol()).isEqualTo("NVDA");
        assertThat(result.records().get(4).getTs()).isEqualTo(Instant.parse("2025-01-24T14:55:00Z"));
        assertThat(result.errors()).extracting(ParseError::toString).containsExactly(
                "bars.csv:3: open is not a number: 'abc'",
                "bars.csv:4: inconsistent bar: open 146.0, high 145.0, low 145.0, close 146.5",
                "bars.csv:6: not an ISO-8601 time or epoch milliseconds: 'yesterday'",
                "bars.csv:7: expected 8 fields (timestamp,open,high,low,close,volume,trade_count,vwap) but found 6");
    }

    @Test
    void shouldReportMissingColumnsOnce() {
        ParseResult<Tick> result = BarsCsv.forSymbol("X").parse("b.csv", new StringReader("time,open\n1,2\n"));
        assertThat(result.records()).isEmpty();
        assertThat(result.errors()).extracting(ParseError::toString).containsExactly(
                "b.csv:1: missing column(s) timestamp, high, low, close, volume; header is time,open");
    }

    @Test
    void shouldReadTicksWithEpochOrIsoTimesAndOptionalVenue() {
        String csv = String.join("\n",
                "symbol,ts,price,size,venue",
                "nvda,1737988200000,124.8,100,IEX",
                "MSFT,2025-01-27T14:30:01.5Z,430.1,5,",
                "MSFT,2025-01-27,430.1,5,",
                "MSFT,2025-01-27T14:30:02Z,-1,5,",
                "MSFT,2025-01-27T14:30:02Z,1,2.5,",
                ",2025-01-27T14:30:02Z,1,2,",
                "NV DA,2025-01-27T14:30:02Z,1,2,");
        ParseResult<Tick> result = TicksCsv.parse("ticks.csv", new StringReader(csv));
        assertThat(result.records()).extracting(Tick::getSymbol, t -> t.getTs().toEpochMilli(), Tick::getPrice,
                Tick::getSize, Tick::getVenue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("NVDA", 1_737_988_200_000L, 124.8, 100L, "IEX"),
                org.assertj.core.groups.Tuple.tuple("MSFT", 1_737_988_201_500L, 430.1, 5L, null));
        assertThat(result.errors()).extracting(ParseError::toString).containsExactly(
                "ticks.csv:4: ts needs a time of day: '2025-01-27'",
                "ticks.csv:5: price must be positive: '-1'",
                "ticks.csv:6: size is not a whole number: '2.5'",
                "ticks.csv:7: missing symbol",
                "ticks.csv:8: symbol 'NV DA' is not a symbol: 1 to 32 of A-Z, 0-9 and . - _ ^ = / : (upper case, no spaces)");
    }

    @Test
    void shouldReportQuotingErrorsAndMissingFilesAsParseErrors() throws IOException {
        Path file = dir.resolve("ticks.csv");
        Files.writeString(file, "symbol,ts,price,size\nNVDA,1737988200000,2,3\n\"NVDA,1737988200000,2,3\n");
        ParseResult<Tick> result = TicksCsv.parse(file);
        assertThat(result.records()).hasSize(1);
        assertThat(result.errors()).singleElement().asString().startsWith(file + ":").contains("malformed CSV");
        assertThat(TicksCsv.parse(dir.resolve("absent.csv")).errors()).extracting(ParseError::toString)
                .containsExactly(dir.resolve("absent.csv") + ":0: no such file");
    }

    @Test
    void shouldReportBytesThatAreNotUtf8AtTheirLineAndColumn() throws IOException {
        Path file = dir.resolve("latin1.csv");
        byte[] body = "symbol,ts,price,size\nNVDA,1737988200000,2,3\nNV\u00ffDA,1737988200000,2,3\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(file, body);

        assertThat(TicksCsv.parse(file).errors()).extracting(ParseError::toString)
                .containsExactly(file + ":3: not UTF-8 (byte 0xff at column 3)");
    }

    @Test
    void shouldReportAnOverlongLineAtItsLine() throws IOException {
        Path file = dir.resolve("long.csv");
        Files.writeString(file, "symbol,ts,price,size\nNVDA,1737988200000,2,3\nNVDA," + "9".repeat(CheckedTextReader.MAX_LINE) + "\n");

        assertThat(TicksCsv.parse(file).errors()).extracting(ParseError::toString)
                .containsExactly(file + ":3: line longer than " + CheckedTextReader.MAX_LINE + " characters");
        assertThat(HeadlinesFile.parse(file).errors()).extracting(ParseError::toString)
                .containsExactly(file + ":3: line longer than " + CheckedTextReader.MAX_LINE + " characters");
    }

    @Test
    void shouldReportImpossibleDatesAndImplausibleInstantsAtTheirLine() {
        String csv = String.join("\n",
                "symbol,ts,price,size",
                "NVDA,2025-02-30T15:00:00Z,1,2",
                "NVDA,1741014000,1,2",
                "NVDA,0,1,2",
                "NVDA,2025-03-03T15:00:00Z,1,2");
        ParseResult<Tick> result = TicksCsv.parse("ticks.csv", new StringReader(csv));
        assertThat(result.records()).extracting(Tick::getTs).containsExactly(Instant.parse("2025-03-03T15:00:00Z"));
        assertThat(result.errors()).extracting(ParseError::toString).containsExactly(
                "ticks.csv:2: not an ISO-8601 time or epoch milliseconds: '2025-02-30T15:00:00Z' (Invalid date 'FEBRUARY 30')",
                "ticks.csv:3: time 1970-01-21T03:36:54Z from '1741014000' is outside 1990-01-01T00:00:00Z .. 2100-01-01T00:00:00Z"
                        + " (it looks like epoch seconds: times are epoch milliseconds, 1741014000000 is 2025-03-03T15:00:00Z)",
                "ticks.csv:4: time 1970-01-01T00:00:00Z from '0' is outside 1990-01-01T00:00:00Z .. 2100-01-01T00:00:00Z");
    }

    @Test
    void shouldReportAnImpossibleBarDateAtItsLine() {
        String csv = "timestamp,open,high,low,close,volume\n2025-02-30 15:00:00+00:00,1,1,1,1,4\n";
        assertThat(BarsCsv.forSymbol("NVDA").parse("bars.csv", new StringReader(csv)).errors()).extracting(ParseError::toString)
                .containsExactly("bars.csv:2: not an ISO-8601 time or epoch milliseconds: '2025-02-30 15:00:00+00:00'"
                        + " (Invalid date 'FEBRUARY 30')");
    }

    @Test
    void shouldRefuseATickVenueLongerThanTheLimit() {
        String csv = "symbol,ts,price,size,venue\nNVDA,1737988200000,1,2," + "v".repeat(InputLimits.MAX_VENUE + 1) + "\n"
                + "NVDA,1737988200000,1,2," + "v".repeat(InputLimits.MAX_VENUE) + "\n";
        ParseResult<Tick> result = TicksCsv.parse("ticks.csv", new StringReader(csv));
        assertThat(result.records()).hasSize(1);
        assertThat(result.errors()).extracting(ParseError::toString)
                .containsExactly("ticks.csv:2: tick venue is 201 characters, more than 200");
    }

    @Test
    void shouldRefuseABarSymbolThatIsNotASymbol() {
        assertThat(BarsCsv.forSymbol("nvda").parse("b.csv", new StringReader("timestamp,open,high,low,close,volume\n"))
                .errors()).isEmpty();
        assertThatThrownBy(() -> BarsCsv.forSymbol("NV DA")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("symbol 'NV DA' is not a symbol: 1 to 32 of A-Z, 0-9 and . - _ ^ = / : (upper case, no spaces)");
    }

    @Test
    void shouldPublishNothingFromAFileWhoseTextIsNotUtf8EvenPastTheFirstBuffer() throws IOException {
        Path file = dir.resolve("latin1.csv");
        StringBuilder body = new StringBuilder("symbol,ts,price,size\n");
        for (int i = 0; i < 2_000; i++) {
            body.append("NVDA,1737988200000,2,3\n");
        }
        body.append("NV\u00e9DA,1737988200000,2,3\nNVDA,1737988200000,2,3\n");
        Files.write(file, body.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        ParseResult<Tick> result = TicksCsv.parse(file);

        assertThat(result.errors()).extracting(ParseError::toString)
                .containsExactly(file + ":2002: not UTF-8 (byte 0xe9 at column 3)");
        assertThat(result.records()).isEmpty();
    }
}
