package io.newsreaction.report;

import io.newsreaction.avro.CohortBlock;
import io.newsreaction.avro.CohortDimension;
import io.newsreaction.avro.CohortHorizon;
import io.newsreaction.avro.CohortStats;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The cohort statistics of one dimension as a terminal table: per cohort and horizon the number of
 * final events, the CAAR, the BMP t (with a star at |t| >= 1.96) and the unconfounded count.
 */
public final class CohortTable {
    private static final List<TextTable.Column> COLUMNS = List.of(
            new TextTable.Column("cohort", false),
            new TextTable.Column("events", true),
            new TextTable.Column("horizon", false),
            new TextTable.Column("n", true),
            new TextTable.Column("CAAR", true),
            new TextTable.Column("t", true),
            new TextTable.Column("BMP t", true),
            new TextTable.Column("clean n", true),
            new TextTable.Column("clean CAAR", true));
    private static final double CRITICAL = 1.96;

    private final List<CohortStats> stats;

    public CohortTable(Collection<CohortStats> stats) {
        List<CohortStats> sorted = new ArrayList<>(stats);
        sorted.sort(Comparator.comparing(CohortStats::getDimension).thenComparing(CohortStats::getValue));
        this.stats = List.copyOf(sorted);
    }

    /** The table of every cohort of {@code dimension} (and ALL), one row per horizon. */
    public String render(CohortDimension dimension) {
        TextTable table = new TextTable(COLUMNS);
        for (CohortStats cohort : stats) {
            if (cohort.getDimension() != dimension && cohort.getDimension() != CohortDimension.ALL) {
                continue;
            }
            for (CohortHorizon h : cohort.getHorizons()) {
                table.addRow(row(cohort, h));
            }
        }
        return String.format(Locale.ROOT, "Cohorts by %s (n: final events with an abnormal return; * |t| >= %.2f)%n",
                dimension, CRITICAL) + table.render();
    }

    private static List<String> row(CohortStats cohort, CohortHorizon h) {
        CohortBlock all = h.getAll();
        return List.of(
                cohort.getDimension() + "/" + cohort.getValue(),
                Long.toString(cohort.getEvents()),
                h.getHorizon(),
                Long.toString(all.getN()),
                Cells.percent(all.getMeanAbnormalReturn()),
                marked(all.getTCrossSectional()),
                marked(all.getBmpT()),
                Long.toString(h.getClean().getN()),
                Cells.percent(h.getClean().getMeanAbnormalReturn()));
    }

    private static String marked(Double t) {
        String text = Cells.decimal(t, 2);
        return t != null && Math.abs(t) >= CRITICAL ? text + "*" : text;
    }
}
