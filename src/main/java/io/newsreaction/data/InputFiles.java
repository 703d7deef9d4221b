package io.newsreaction.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Opens input files and classpath resources for the parsers, both as checked UTF-8 with bounded
 * lines ({@link CheckedTextReader}), turning I/O failures into a {@link ParseError}.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** Parses {@code file} with {@code parser}; an unreadable file is one error at line 0. */
    public static <T> ParseResult<T> parse(Path file, BiFunction<String, Reader, ParseResult<T>> parser) {
        String name = file.toString();
        try (Reader in = new BufferedReader(new CheckedTextReader(Files.newInputStream(file)))) {
            return parser.apply(name, in);
        } catch (NoSuchFileException e) {
            return failed(name, "no such file");
        } catch (IOException e) {
            return failed(name, "cannot read: " + e.getMessage());
        }
    }

    /** Parses the classpath resource {@code path} with {@code parser}; the resource must exist. */
    public static <T> ParseResult<T> parseResource(String path, BiFunction<String, Reader, ParseResult<T>> parser) {
        InputStream stream = InputFiles.class.getClassLoader().getResourceAsStream(path);
        if (stream == null) {
            throw new IllegalStateException("missing classpath resource " + path);
        }
        try (Reader in = new BufferedReader(new CheckedTextReader(stream))) {
            return parser.apply(path, in);
        } catch (IOException e) {
            return new ParseResult<>(List.of(), List.of(readError(path, e)));
        }
    }

    private static <T> ParseResult<T> failed(String name, String reason) {
        return new ParseResult<>(List.of(), List.of(new ParseError(name, 0, reason)));
    }

    /** The error for a read failure: at its line for bad text ({@link CheckedTextReader}), else at line 0. */
    static ParseError readError(String file, Throwable failure) {
        Throwable cause = failure instanceof UncheckedIOException u ? u.getCause() : failure;
        if (cause instanceof CheckedTextReader.TextException text) {
            return new ParseError(file, text.line(), text.getMessage());
        }
        return new ParseError(file, 0, "cannot read: " + cause.getMessage());
    }
}
