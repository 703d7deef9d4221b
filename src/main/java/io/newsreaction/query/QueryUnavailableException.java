package io.newsreaction.query;

/**
 * The answer cannot be given completely right now (client not running, partitions migrating, a
 * peer instance not answering); callers should retry later rather than trust a partial answer.
 */
public class QueryUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QueryUnavailableException(String message) {
        super(message);
    }

    public QueryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
