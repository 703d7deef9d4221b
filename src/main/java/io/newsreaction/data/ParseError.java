package io.newsreaction.data;

import java.util.Objects;

/**
 * One rejected input row: prints as {@code FILE:LINE: reason}.
 *
 * @param file   the file as the user named it
 * @param line   1-based line where the row starts (0 when the whole file is unreadable)
 * @param reason what is wrong, without the row's payload beyond the offending value
 */
public record ParseError(String file, long line, String reason) {

    public ParseError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
