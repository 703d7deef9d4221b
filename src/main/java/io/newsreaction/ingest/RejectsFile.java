package io.newsreaction.ingest;

import io.newsreaction.data.ParseError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the rows {@code --skip-invalid} left out to {@code FILE.rejects}: per reject, one line
 * {@code # FILE:LINE: reason} followed by the original line as it was in the file (omitted for
 * errors about the whole file, line 0). A CSV row spanning several lines is shown by its first line.
 */
public final class RejectsFile {

    private RejectsFile() {
    }

    /** Where the rejects of {@code input} go: the same name with {@code .rejects} appended. */
    public static Path pathFor(Path input) {
        return input.resolveSibling(input.getFileName() + ".rejects");
    }

    /** Writes every error of {@code input} with its original line and returns the file written. */
    public static Path write(Path input, List<ParseError> errors) {
        Path target = pathFor(input);
        try {
            Files.writeString(target, render(originalLines(input), errors), StandardCharsets.UTF_8);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** The content of a rejects file for {@code errors} of a file whose lines are {@code lines}. */
    static String render(List<String> lines, List<ParseError> errors) {
        StringBuilder out = new StringBuilder();
        for (ParseError error : errors) {
            out.append("# ").append(error).append('\n');
            long index = error.line() - 1;
            if (index >= 0 && index < lines.size()) {
                out.append(lines.get((int) index).replace("\uFEFF", "")).append('\n');
            }
        }
        return out.toString();
    }

    private static List<String> originalLines(Path input) {
        try {
            return Files.readAllLines(input, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }
}
