package io.newsreaction.data;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A CSV file with a header row, read with RFC 4180 quoting (quoted fields may hold commas, doubled
 * quotes and line breaks). Column names match case-insensitively. A row whose field count differs
 * from the header's is reported, not guessed at; a quoting error ends the file there. Text that
 * cannot be read (bytes that are not UTF-8, an overlong line: {@link CheckedTextReader}) is one
 * error at its line and no rows at all, so {@code --skip-invalid} never publishes a silently cut file.
 */
public final class CsvTable {

    private static final CsvFactory CSV = CsvFactory.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    private final String file;
    private final List<String> header;
    private final List<Row> rows;
    private final List<ParseError> errors;

    private CsvTable(String file, List<String> header, List<Row> rows, List<ParseError> errors) {
        this.file = file;
        this.header = header;
        this.rows = rows;
        this.errors = errors;
    }

    /** One data row: its first line and its fields by lower-case column name. */
    public record Row(long line, Map<String, String> fields) {

        /** The trimmed field, or "" when the column is absent or empty. */
        public String get(String column) {
            String v = fields.get(column.toLowerCase(Locale.ROOT));
            return v == null ? "" : v.trim();
        }
    }

    /** Reads the whole of {@code in}; {@code file} names it in errors. */
    static CsvTable read(String file, Reader in) {
        List<List<String>> raw = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<ParseError> errors = new ArrayList<>();
        try (JsonParser p = CSV.createParser(in)) {
            readRows(p, raw, lines);
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            errors.add(new ParseError(file, line, "malformed CSV: " + e.getOriginalMessage()));
        } catch (IOException e) {
            // text that cannot be read (not UTF-8, an overlong line) hides every row after it: use none
            raw.clear();
            errors.add(InputFiles.readError(file, e));
        }
        if (raw.isEmpty()) {
            if (errors.isEmpty()) {
                errors.add(new ParseError(file, 1, "empty file: no header row"));
            }
            return new CsvTable(file, List.of(), List.of(), errors);
        }
        List<String> header = new ArrayList<>();
        for (String name : raw.get(0)) {
            header.add(name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < raw.size(); i++) {
            toRow(file, header, raw.get(i), lines.get(i), rows, errors);
        }
        errors.sort((a, b) -> Long.compare(a.line(), b.line()));
        return new CsvTable(file, List.copyOf(header), rows, errors);
    }

    private static void readRows(JsonParser p, List<List<String>> raw, List<Long> lines) throws IOException {
        List<String> current = null;
        JsonToken t;
        while ((t = p.nextToken()) != null) {
            if (t == JsonToken.START_ARRAY) {
                current = new ArrayList<>();
            } else if (t == JsonToken.END_ARRAY) {
                if (current.isEmpty()) {
                    lines.add((long) p.currentTokenLocation().getLineNr());
                }
                raw.add(current);
            } else if (t.isScalarValue()) {
                if (current.isEmpty()) {
                    // the row's own start: START_ARRAY is located at the end of the previous row
                    lines.add((long) p.currentTokenLocation().getLineNr());
                }
                current.add(p.getText());
            }
        }
    }

    private static void toRow(String file, List<String> header, List<String> values, long line,
                              List<Row> rows, List<ParseError> errors) {
        if (values.size() != header.size()) {
            errors.add(new ParseError(file, line, "expected " + header.size() + " fields (" + String.join(",", header)
                    + ") but found " + values.size()));
            return;
        }
        Map<String, String> fields = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            fields.put(header.get(c), values.get(c));
        }
        rows.add(new Row(line, Collections.unmodifiableMap(fields)));
    }

    /**
     * Reads {@code in} and maps each row to values; a row whose mapping throws
     * {@link IllegalArgumentException} is reported at its line with the exception's message. With a
     * required column missing, nothing is mapped. Errors come sorted by line.
     */
    public static <T> ParseResult<T> parseRows(String file, Reader in, String[] required, Function<Row, List<T>> mapper) {
        CsvTable table = read(file, in);
        List<ParseError> errors = new ArrayList<>(table.errors());
        List<ParseError> missing = table.requireColumns(required);
        if (!missing.isEmpty()) {
            errors.addAll(missing);
            return new ParseResult<>(List.of(), errors);
        }
        List<T> values = new ArrayList<>();
        for (Row row : table.rows()) {
            try {
                values.addAll(mapper.apply(row));
            } catch (IllegalArgumentException e) {
                errors.add(new ParseError(file, row.line(), e.getMessage()));
            }
        }
        errors.sort((a, b) -> Long.compare(a.line(), b.line()));
        return new ParseResult<>(values, errors);
    }

    /** The missing ones of {@code required} columns, reported once at line 1; empty when all are there. */
    List<ParseError> requireColumns(String... required) {
        List<String> missing = new ArrayList<>();
        for (String column : required) {
            if (!header.contains(column.toLowerCase(Locale.ROOT))) {
                missing.add(column);
            }
        }
        if (missing.isEmpty() || header.isEmpty()) {
            return List.of();
        }
        return List.of(new ParseError(file, 1, "missing column(s) " + String.join(", ", missing)
                + "; header is " + String.join(",", header)));
    }

    String file() {
        return file;
    }

    List<Row> rows() {
        return rows;
    }

    List<ParseError> errors() {
        return errors;
    }
}
