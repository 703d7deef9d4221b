package io.newsreaction.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.Headline;
import io.newsreaction.avro.HeadlineKind;
import io.newsreaction.avro.TimePrecision;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadlinesFileTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadCsvWithQuotedCommasListsDefaultsAndStableIds() {
        String csv = String.join("\n",
                "id,publishedAt,timePrecision,source,kind,actor,title,tickers,entities,url",
                "h1,2025-01-27T14:30:00Z,MINUTE,Wire,market,,\"NVDA opens 124.80, down 12.5%\",nvda;qqq,,https://x.test/1",
                ",2025-01-27,,,,\"Bernstein (Stacy Rasgon)\",\"Sell-off \"\"overblown\"\"\",NVDA,DeepSeek;R1,",
                ",2025-01-27T15:00:00Z,,,,,\"A title",
                "over two lines\",,,");
        ParseResult<Headline> result = HeadlinesFile.parse("news.csv", new StringReader(csv));
        assertThat(result.errors()).isEmpty();
        Headline first = result.records().get(0);
        assertThat(first.getId()).isEqualTo("h1");
        assertThat(first.getTitle()).isEqualTo("NVDA opens 124.80, down 12.5%");
        assertThat(first.getKind()).isEqualTo(HeadlineKind.MARKET);
        assertThat(first.getTimePrecision()).isEqualTo(TimePrecision.MINUTE);
        assertThat(first.getTickers()).containsExactly("NVDA", "QQQ");
        assertThat(first.getActor()).isNull();
        assertThat(first.getUrl()).isEqualTo("https://x.test/1");
        Headline second = result.records().get(1);
        assertThat(second.getPublishedAt()).isEqualTo(Instant.parse("2025-01-27T05:00:00Z"));
        assertThat(second.getTimePrecision()).isEqualTo(TimePrecision.DAY);
        assertThat(second.getId()).isEqualTo(HeadlineIds.stableId(second.getPublishedAt().toEpochMilli(), second.getTitle()))
                .matches("h-[0-9a-f]{16}");
        assertThat(second.getTitle()).isEqualTo("Sell-off \"overblown\"");
        assertThat(second.getSource()).isEqualTo("news.csv");
        assertThat(second.getKind()).isEqualTo(HeadlineKind.OTHER);
        assertThat(second.getEntities()).containsExactly("DeepSeek", "R1");
        assertThat(result.records().get(2).getTitle()).isEqualTo("A title\nover two lines");
        assertThat(result.records().get(2).getTimePrecision()).isEqualTo(TimePrecision.SECOND);
    }

    @Test
    void shouldReportBadCsvRowsWithTheirLine() {
        String csv = String.join("\n",
                "publishedAt,title,kind,timePrecision",
                "2025-01-27T14:30:00Z,\"multi",
                "line\",RUMOR,",
                "2025-01-27T14:30:00Z,,,",
                "not-a-time,t,,",
                "2025-01-27T14:30:00Z,ok,,HOUR",
                "2025-01-27T14:30:00Z,ok,,",
                "2025-01-27T14:30:00Z," + "x".repeat(1_001) + ",,");
        ParseResult<Headline> result = HeadlinesFile.parse("news.csv", new StringReader(csv));
        assertThat(result.records()).hasSize(1);
        assertThat(result.errors()).extracting(ParseError::toString).containsExactly(
                "news.csv:2: kind must be one of [MODEL_RELEASE, PUBLIC_FIGURE_CLAIM, ANALYST_NOTE, COMPANY_STATEMENT,"
                        + " POLICY, MEDIA, MARKET, OTHER]: 'RUMOR'",
                "news.csv:4: missing title",
                "news.csv:5: not an ISO-8601 time or epoch milliseconds: 'not-a-time'",
                "news.csv:6: timePrecision must be one of [SECOND, MINUTE, DAY]: 'HOUR'",
                "news.csv:8: headline title is 1001 characters, more than 1000");
    }

    @Test
    void shouldReadJsonLinesAndReportBadLinesWithoutStopping() {
        String jsonl = String.join("\n",
                "{\"publishedAt\":\"2025-01-27T14:30:00Z\",\"title\":\"a\",\"tickers\":[\"nvda\"],\"kind\":\"MEDIA\"}",
                "",
                "{\"publishedAt\": 1737988200000, \"title\": \"b\", \"tickers\": \"MSFT;AMD\", \"entities\": [\"OpenAI\"]}",
                "{\"publishedAt\": \"2025-01-27T14:30:00Z\", \"title\": ",
                "[1, 2]",
                "{\"publishedAt\": \"2025-01-27T14:30:00Z\", \"title\": {\"x\": 1}}",
                "{\"publishedAt\": \"2025-01-27T14:30:00+01:00\", \"title\": \"c\", \"timePrecision\": \"day\"}");
        ParseResult<Headline> result = HeadlinesFile.parse("news.jsonl", new StringReader(jsonl));
        assertThat(result.records()).extracting(Headline::getTitle).containsExactly("a", "b", "c");
        assertThat(result.records().get(0).getTickers()).containsExactly("NVDA");
        assertThat(result.records().get(1).getPublishedAt()).isEqualTo(Instant.ofEpochMilli(1_737_988_200_000L));
        assertThat(result.records().get(1).getTickers()).containsExactly("MSFT", "AMD");
        assertThat(result.records().get(1).getEntities()).containsExactly("OpenAI");
        assertThat(result.records().get(2).getPublishedAt()).isEqualTo(Instant.parse("2025-01-27T13:30:00Z"));
        assertThat(result.records().get(2).getTimePrecision()).isEqualTo(TimePrecision.DAY);
        List<String> errors = result.errors().stream().map(ParseError::toString).toList();
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).startsWith("news.jsonl:4: invalid JSON: ").doesNotContain("com.fasterxml");
        assertThat(errors.get(1)).isEqualTo("news.jsonl:5: expected a JSON object");
        assertThat(errors.get(2)).isEqualTo("news.jsonl:6: title must be a plain value, not OBJECT");
    }

    @Test
    void shouldSniffJsonWhenTheNameSaysNothing() {
        ParseResult<Headline> result = HeadlinesFile.parse("news.txt",
                new StringReader("  {\"publishedAt\":\"2025-01-27T14:30:00Z\",\"title\":\"a\"}\n"));
        assertThat(result.ok()).isTrue();
        assertThat(result.records()).hasSize(1);
    }

    @Test
    void shouldReportImpossibleDatesAndEpochSecondsAtTheirLine() {
        String csv = "publishedAt,title\n2025-02-30T15:00:00Z,a\n2025-02-29,b\n";
        assertThat(HeadlinesFile.parse("news.csv", new StringReader(csv)).errors()).extracting(ParseError::toString)
                .containsExactly(
                        "news.csv:2: not an ISO-8601 time or epoch milliseconds: '2025-02-30T15:00:00Z' (Invalid date 'FEBRUARY 30')",
                        "news.csv:3: not an ISO-8601 time or epoch milliseconds: '2025-02-29'"
                                + " (Invalid date 'February 29' as '2025' is not a leap year)");
        String jsonl = "{\"publishedAt\": 1741014000, \"title\": \"a\"}\n{\"publishedAt\": 0, \"title\": \"b\"}\n";
        assertThat(HeadlinesFile.parse("news.jsonl", new StringReader(jsonl)).errors()).extracting(ParseError::toString)
                .containsExactly(
                        "news.jsonl:1: time 1970-01-21T03:36:54Z from '1741014000' is outside 1990-01-01T00:00:00Z"
                                + " .. 2100-01-01T00:00:00Z (it looks like epoch seconds: times are epoch milliseconds,"
                                + " 1741014000000 is 2025-03-03T15:00:00Z)",
                        "news.jsonl:2: time 1970-01-01T00:00:00Z from '0' is outside 1990-01-01T00:00:00Z .. 2100-01-01T00:00:00Z");
    }

    @Test
    void shouldReportTextThatIsNotUtf8AtItsLineAndReadNothing() throws IOException {
        Path file = dir.resolve("news.jsonl");
        StringBuilder body = new StringBuilder();
        for (int i = 1; i < 7; i++) {
            body.append("{\"publishedAt\":\"2025-01-27T14:30:00Z\",\"title\":\"t").append(i).append("\"}\n");
        }
        body.append("{\"t\u00ff\"}\n");
        Files.write(file, body.toString().getBytes(StandardCharsets.ISO_8859_1));

        ParseResult<Headline> result = HeadlinesFile.parse(file);

        assertThat(result.errors()).extracting(ParseError::toString).containsExactly(file + ":7: not UTF-8 (byte 0xff at column 4)");
        assertThat(result.records()).isEmpty();
    }

    @Test
    void shouldRefuseOverlongIdsAndUrls() {
        String csv = "id,publishedAt,title,url\n" + "i".repeat(201) + ",2025-01-27T14:30:00Z,a,\n"
                + "h1,2025-01-27T14:30:00Z,a,https://x.test/" + "u".repeat(2_000) + "\n";
        assertThat(HeadlinesFile.parse("news.csv", new StringReader(csv)).errors()).extracting(ParseError::toString)
                .containsExactly("news.csv:2: headline id is 201 characters, more than 200",
                        "news.csv:3: headline url is 2015 characters, more than 2000");
    }
}
