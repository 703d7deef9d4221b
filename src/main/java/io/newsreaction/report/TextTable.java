package io.newsreaction.report;

import java.util.ArrayList;
import java.util.List;

/** A fixed-width text table for the terminal: columns padded to their widest cell. */
final class TextTable {

    /** One column: its header and whether numbers in it align to the right. */
    record Column(String header, boolean alignRight) {
    }

    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    void addRow(List<String> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException(
                    "row has " + cells.size() + " cells, table has " + columns.size() + " columns");
        }
        rows.add(List.copyOf(cells));
    }

    String render() {
        int[] widths = widths();
        StringBuilder out = new StringBuilder();
        List<String> headers = columns.stream().map(Column::header).toList();
        appendLine(out, headers, widths);
        List<String> rules = new ArrayList<>();
        for (int width : widths) {
            rules.add("-".repeat(width));
        }
        appendLine(out, rules, widths);
        for (List<String> row : rows) {
            appendLine(out, row, widths);
        }
        return out.toString();
    }

    private int[] widths() {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).header().length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        return widths;
    }

    private void appendLine(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) {
                line.append("  ");
            }
            String cell = cells.get(i);
            String pad = " ".repeat(widths[i] - cell.length());
            line.append(columns.get(i).alignRight() ? pad + cell : cell + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
