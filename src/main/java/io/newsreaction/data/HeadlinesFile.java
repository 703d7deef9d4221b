package io.newsreaction.data;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsreaction.avro.Headline;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads headlines from JSON lines (one object per line) or CSV, both with the {@link Headline} field
 * names (rules in {@link HeadlineFields}). The format follows the file name ({@code .csv};
 * {@code .json}, {@code .jsonl}, {@code .ndjson}), else the first character ({@code {} means JSON).
 * In CSV, {@code tickers} and {@code entities} are {@code ;}-separated; in JSON they are arrays
 * (a {@code ;}-separated string is accepted too).
 */
public final class HeadlinesFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HeadlinesFile() {
    }

    /** Every good headline of {@code file}, in file order. */
    public static ParseResult<Headline> parse(Path file) {
        return InputFiles.parse(file, HeadlinesFile::parse);
    }

    /** Every good headline read from {@code in}; {@code file} names it in errors. */
    public static ParseResult<Headline> parse(String file, Reader in) {
        String text;
        try (BufferedReader reader = new BufferedReader(in)) {
            text = reader.lines().collect(Collectors.joining("\n"));
        } catch (IOException | UncheckedIOException e) {
            return new ParseResult<>(List.of(), List.of(InputFiles.readError(file, e)));
        }
        return isJson(file, text) ? parseJsonLines(file, text) : parseCsv(file, text);
    }

    private static boolean isJson(String file, String text) {
        String name = file.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return false;
        }
        if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return true;
        }
        return text.stripLeading().replace("\uFEFF", "").startsWith("{");
    }

    private static ParseResult<Headline> parseCsv(String file, String text) {
        CsvTable table = CsvTable.read(file, new StringReader(text));
        List<ParseError> errors = new ArrayList<>(table.errors());
        List<ParseError> missing = table.requireColumns("publishedAt", "title");
        if (!missing.isEmpty()) {
            errors.addAll(missing);
            return new ParseResult<>(List.of(), errors);
        }
        List<Headline> headlines = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            convert(file, row.line(), new CsvFields(row), headlines, errors);
        }
        errors.sort((a, b) -> Long.compare(a.line(), b.line()));
        return new ParseResult<>(headlines, errors);
    }

    private static ParseResult<Headline> parseJsonLines(String file, String text) {
        List<Headline> headlines = new ArrayList<>();
        List<ParseError> errors = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\uFEFF", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JacksonException e) {
                errors.add(new ParseError(file, i + 1, "invalid JSON: " + e.getOriginalMessage()));
                continue;
            }
            if (node == null || !node.isObject()) {
                errors.add(new ParseError(file, i + 1, "expected a JSON object"));
                continue;
            }
            convert(file, i + 1, new JsonFields(node), headlines, errors);
        }
        return new ParseResult<>(headlines, errors);
    }

    private static void convert(String file, long line, HeadlineFields.Source fields, List<Headline> out,
                                List<ParseError> errors) {
        try {
            out.add(HeadlineFields.toHeadline(fields, fileName(file)));
        } catch (IllegalArgumentException e) {
            errors.add(new ParseError(file, line, e.getMessage()));
        }
    }

    private static String fileName(String file) {
        return file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    }

    /** Fields of one CSV row. */
    private static final class CsvFields implements HeadlineFields.Source {
        private final CsvTable.Row row;

        CsvFields(CsvTable.Row row) {
            this.row = row;
        }

        @Override
        public String text(String name) {
            return row.get(name);
        }

        @Override
        public List<String> list(String name) {
            return HeadlineFields.splitList(row.get(name));
        }
    }

    /** Fields of one JSON object. */
    private static final class JsonFields implements HeadlineFields.Source {
        private final JsonNode node;

        JsonFields(JsonNode node) {
            this.node = node;
        }

        @Override
        public String text(String name) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return "";
            }
            if (v.isContainerNode()) {
                throw new IllegalArgumentException(name + " must be a plain value, not " + v.getNodeType());
            }
            return v.asText().trim();
        }

        @Override
        public List<String> list(String name) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                return HeadlineFields.splitList(text(name));
            }
            List<String> items = new ArrayList<>();
            for (JsonNode item : v) {
                if (item.isContainerNode()) {
                    throw new IllegalArgumentException(name + " must be an array of strings");
                }
                items.add(item.asText());
            }
            return items;
        }
    }
}
