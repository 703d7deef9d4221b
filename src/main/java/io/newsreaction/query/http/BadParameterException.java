package io.newsreaction.query.http;

/** A request parameter is missing or malformed; answered with 400 naming the parameter. */
final class BadParameterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String parameter;

    BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
