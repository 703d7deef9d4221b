package io.newsreaction.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreaction.avro.CohortBlock;
import io.newsreaction.avro.CohortDimension;
import io.newsreaction.avro.CohortHorizon;
import io.newsreaction.avro.CohortStats;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cohort table of report.html marks significant test statistics. */
class HtmlEventTablesTest {

    @Test
    void shouldMarkStatisticsAtTheFiveAndOnePercentLevels() {
        CohortBlock all = new CohortBlock(12L, -0.01, 0.02, -2.0, 3L, -1.5, 12L, -3.0, 1.0);
        CohortBlock clean = new CohortBlock(4L, 0.001, 0.01, 0.2, 2L, 0.0, 4L, 0.5, null);
        String html = HtmlEventTables.cohorts(List.of(new CohortStats(CohortDimension.KIND, "MODEL_RELEASE", 20L,
                List.of(new CohortHorizon("PT30M", all, clean)))));

        assertThat(html).contains("<td class=\"num sig neg\">-2.00*</td>")
                .contains("<td class=\"num sig neg\">-3.00**</td>")
                .contains("<td class=\"num neg\">-1.50</td>")
                .contains("<td class=\"num pos\">1.00</td>");
    }
}
