package io.newsreaction.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** Draws a {@link ChartData} as inline SVG: two indexed price lines, day labels, headline markers, legend. */
final class SvgChart {

    static final int WIDTH = 960;
    static final int HEIGHT = 300;
    static final String SYMBOL_COLOR = "#1f5fbf";
    static final String BENCHMARK_COLOR = "#8a8a8a";
    static final String MARKER_COLOR = "#d9480f";

    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 30;
    private static final int BOTTOM = 30;
    private static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    private static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

    private final ChartData data;
    private final StringBuilder out = new StringBuilder();
    private double low;
    private double high;
    private double gridStep;

    private SvgChart(ChartData data) {
        this.data = data;
    }

    /** The chart as one {@code <svg>} element, without a namespace URI (HTML5 inline SVG needs none). */
    static String render(ChartData data) {
        return new SvgChart(data).draw();
    }

    private String draw() {
        String label = data.symbolName() + (data.benchmarkName() == null ? "" : " and " + data.benchmarkName())
                + ", price indexed to 100 at the first point of the window";
        out.append(String.format(Locale.ROOT,
                "<svg class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" "
                        + "aria-label=\"%s\">\n", WIDTH, HEIGHT, WIDTH, HEIGHT, Xml.escape(label)));
        if (data.isEmpty()) {
            text(WIDTH / 2.0, HEIGHT / 2.0, "middle", "no prices for " + data.symbolName() + " in the window");
        } else {
            yRange();
            grid();
            days();
            series(data.benchmark(), BENCHMARK_COLOR, data.benchmarkName());
            series(data.symbol(), SYMBOL_COLOR, data.symbolName());
            markers();
            legend();
        }
        return out.append("</svg>\n").toString();
    }

    private void yRange() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (List<Double> series : List.of(data.symbol(), data.benchmark())) {
            for (Double value : series) {
                if (value != null) {
                    min = Math.min(min, value);
                    max = Math.max(max, value);
                }
            }
        }
        gridStep = step(min, max);
        low = Math.floor(min / gridStep) * gridStep;
        high = Math.ceil(max / gridStep) * gridStep;
        if (high <= low) {
            high = low + gridStep;
        }
    }

    /** A 1-2-5 grid step giving about five horizontal lines. */
    private static double step(double min, double max) {
        double raw = Math.max(max - min, 1e-6) / 5.0;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 5}) {
            if (factor * magnitude >= raw) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private void grid() {
        int decimals = gridStep >= 1 ? 0 : (gridStep >= 0.1 ? 1 : 2);
        long lines = Math.round((high - low) / gridStep);
        for (long k = 0; k <= lines; k++) {
            double value = low + k * gridStep;
            double y = y(value);
            line(LEFT, y, WIDTH - RIGHT, y, "class=\"grid\" stroke=\"#e5e5e5\"");
            out.append('\n');
            text(LEFT - 6, y + 4, "end", String.format(Locale.ROOT, "%." + decimals + "f", value));
        }
    }

    /** A dashed separator and a date label where a new UTC day starts: gaps are compressed, so say where. */
    private void days() {
        LocalDate previous = null;
        List<Instant> buckets = data.buckets();
        for (int i = 0; i < buckets.size(); i++) {
            LocalDate day = LocalDate.ofInstant(buckets.get(i), ZoneOffset.UTC);
            if (day.equals(previous)) {
                continue;
            }
            double x = x(i);
            if (previous != null) {
                line(x, TOP, x, TOP + PLOT_HEIGHT, "class=\"day\" stroke=\"#bbbbbb\" stroke-dasharray=\"3 3\"");
                out.append('\n');
            }
            text(x + 4, HEIGHT - 10.0, "start", day.toString());
            previous = day;
        }
    }

    private void series(List<Double> values, String color, String name) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                points.append(points.length() == 0 ? "" : " ")
                        .append(String.format(Locale.ROOT, "%.1f,%.1f", x(i), y(values.get(i))));
            }
        }
        if (points.length() == 0) {
            return;
        }
        out.append(String.format(Locale.ROOT,
                "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" points=\"%s\">"
                        + "<title>%s</title></polyline>\n",
                color, points, Xml.escape(name)));
    }

    private void markers() {
        for (ChartData.Marker marker : data.markers()) {
            double x = x(marker.index());
            out.append("<g class=\"marker\"><title>").append(Xml.escape(marker.label())).append("</title>");
            line(x, TOP, x, TOP + PLOT_HEIGHT, "stroke=\"" + MARKER_COLOR + "\" stroke-opacity=\"0.6\"");
            out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"4\" fill=\"%s\"/></g>\n",
                    x, TOP, MARKER_COLOR));
        }
    }

    private void legend() {
        int x = LEFT;
        x = legendEntry(x, SYMBOL_COLOR, data.symbolName());
        if (data.benchmarkName() != null) {
            x = legendEntry(x, BENCHMARK_COLOR, data.benchmarkName() + " (benchmark)");
        }
        legendEntry(x, MARKER_COLOR, "headline (hover for title)");
    }

    private int legendEntry(int x, String color, String name) {
        out.append(String.format(Locale.ROOT,
                "<rect x=\"%d\" y=\"10\" width=\"14\" height=\"4\" fill=\"%s\"/>\n", x, color));
        text(x + 20, 16, "start", name);
        return x + 36 + 7 * name.length();
    }

    private void text(double x, double y, String anchor, String content) {
        out.append(String.format(Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"11\" fill=\"#444444\">%s</text>\n",
                x, y, anchor, Xml.escape(content)));
    }

    private void line(double x1, double y1, double x2, double y2, String attributes) {
        out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" %s/>",
                x1, y1, x2, y2, attributes));
    }

    private double x(int index) {
        int count = data.buckets().size();
        return count < 2 ? LEFT + PLOT_WIDTH / 2.0 : LEFT + (double) index * PLOT_WIDTH / (count - 1);
    }

    private double y(double value) {
        return TOP + PLOT_HEIGHT * (high - value) / (high - low);
    }
}
