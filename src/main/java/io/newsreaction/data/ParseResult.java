package io.newsreaction.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The good records of an input file and every bad row; parsers never stop at the first bad row.
 *
 * @param records good records, in file order
 * @param errors  bad rows, in file order
 * @param <T>     record type
 */
public record ParseResult<T>(List<T> records, List<ParseError> errors) {

    public ParseResult {
        records = List.copyOf(records);
        errors = List.copyOf(errors);
    }

    /** True when no row was rejected. */
    public boolean ok() {
        return errors.isEmpty();
    }

    /** This result followed by {@code other}. */
    public ParseResult<T> plus(ParseResult<T> other) {
        List<T> r = new ArrayList<>(records);
        r.addAll(other.records);
        List<ParseError> e = new ArrayList<>(errors);
        e.addAll(other.errors);
        return new ParseResult<>(r, e);
    }
}
