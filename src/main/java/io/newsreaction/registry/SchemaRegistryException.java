package io.newsreaction.registry;

import org.apache.kafka.common.errors.SerializationException;

/**
 * A failed schema registry call, with the HTTP status (0 when the registry could not be reached)
 * and the Confluent error code (-1 when there is none). Messages never contain credentials.
 */
public class SchemaRegistryException extends SerializationException {

    /** Status used when no HTTP response was received. */
    public static final int NO_STATUS = 0;
    /** Error code used when the registry sent none. */
    public static final int NO_ERROR_CODE = -1;

    private static final long serialVersionUID = 1L;

    private final int status;
    private final int errorCode;

    public SchemaRegistryException(String message, int status, int errorCode) {
        this(message, status, errorCode, null);
    }

    public SchemaRegistryException(String message, int status, int errorCode, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.errorCode = errorCode;
    }

    /** HTTP status of the failed call, or {@link #NO_STATUS}. */
    public int status() {
        return status;
    }

    /** Confluent error code (e.g. 40401 subject not found), or {@link #NO_ERROR_CODE}. */
    public int errorCode() {
        return errorCode;
    }

    /** Whether retrying later may succeed: the registry was unreachable or answered 5xx. */
    public boolean isRetriable() {
        return status == NO_STATUS || status >= 500;
    }

    /** Whether the registry answered 404. */
    public boolean isNotFound() {
        return status == 404;
    }
}
