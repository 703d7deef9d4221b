package io.newsreaction.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void shouldFormatPercentagesWithSignAndTwoDecimals() {
        assertThat(Cells.percent(118.51 / 142.605 - 1)).isEqualTo("-16.90%");
        assertThat(Cells.percent(0.0123)).isEqualTo("+1.23%");
        assertThat(Cells.percent(null)).isEqualTo("n/a");
    }

    @Test
    void shouldTruncateLongTextWithoutSplittingSurrogatePairs() {
        assertThat(Cells.truncate("short", 10)).isEqualTo("short");
        assertThat(Cells.truncate("a  b\nc", 10)).isEqualTo("a b c");
        assertThat(Cells.truncate("abcdefghijkl", 10)).isEqualTo("abcdefg...");
        assertThat(Cells.truncate("abcdef\uD83D\uDE80xyz", 10)).isEqualTo("abcdef...");
        assertThat(Cells.truncate(null, 10)).isEmpty();
    }

    @Test
    void shouldEscapeMarkupCharacters() {
        assertThat(Xml.escape("<script>&\"'")).isEqualTo("&lt;script&gt;&amp;&quot;&#39;");
        assertThat(Xml.escape("bell\u0007")).isEqualTo("bell");
    }
}
