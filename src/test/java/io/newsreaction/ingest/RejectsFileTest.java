package io.newsreaction.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.data.ParseError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectsFileTest {

    @Test
    void shouldNameTheRejectsFileAfterTheInput() {
        assertThat(RejectsFile.pathFor(Path.of("data", "ticks.csv"))).isEqualTo(Path.of("data", "ticks.csv.rejects"));
    }

    @Test
    void shouldWriteEachReasonFollowedByTheOriginalLine(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("ticks.csv");
        Files.writeString(input, "symbol,ts,price,size\nNVDA,1737988200000,142.6,100\nNVDA,soon,142.7,100\nNVDA,1737988260000,-1,5\n");
        List<ParseError> errors = List.of(
                new ParseError(input.toString(), 3, "not an ISO-8601 time or epoch milliseconds: 'soon'"),
                new ParseError(input.toString(), 4, "price must be positive: '-1'"));

        Path written = RejectsFile.write(input, errors);

        assertThat(written).isEqualTo(dir.resolve("ticks.csv.rejects"));
        assertThat(Files.readAllLines(written, StandardCharsets.UTF_8)).containsExactly(
                "# " + input + ":3: not an ISO-8601 time or epoch milliseconds: 'soon'",
                "NVDA,soon,142.7,100",
                "# " + input + ":4: price must be positive: '-1'",
                "NVDA,1737988260000,-1,5");
    }

    @Test
    void shouldWriteOnlyTheReasonForWholeFileErrors() {
        String text = RejectsFile.render(List.of("only"), List.of(new ParseError("f.csv", 0, "cannot read: denied")));

        assertThat(text).isEqualTo("# f.csv:0: cannot read: denied\n");
    }
}
