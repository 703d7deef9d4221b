package io.newsreaction.registry;

/** Turns a registry error answer into a precise {@link SchemaRegistryException} without secrets. */
final class RegistryErrors {

    static final int SUBJECT_NOT_FOUND = 40401;
    static final int VERSION_NOT_FOUND = 40402;
    static final int SCHEMA_NOT_FOUND = 40403;

    private RegistryErrors() {
    }

    /** Maps an answer about {@code subject} (nullable for global calls). */
    static SchemaRegistryException forSubject(RegistryHttp.Response response, String subject) {
        int status = response.status();
        String message;
        if (status == 404) {
            message = response.errorCode() == SCHEMA_NOT_FOUND
                    ? "schema not registered under subject " + subject
                    : "subject " + subject + " not found";
        } else if (status == 409) {
            message = "schema is incompatible with the latest version of subject " + subject
                    + " (registry: " + response.message() + ")";
        } else if (status == 422) {
            message = "invalid schema for subject " + subject + ": " + response.message();
        } else {
            message = general(response);
        }
        return new SchemaRegistryException(message, status, response.errorCode());
    }

    /** Maps an answer about schema {@code id}. */
    static SchemaRegistryException forId(RegistryHttp.Response response, int id) {
        String message = response.status() == 404 ? "schema id " + id + " not found" : general(response);
        return new SchemaRegistryException(message, response.status(), response.errorCode());
    }

    /** Maps an answer to a config (compatibility level) change. */
    static SchemaRegistryException forConfig(RegistryHttp.Response response, String subject, String level) {
        String target = subject == null ? "global config" : "subject " + subject;
        String message;
        if (response.status() == 422) {
            message = "invalid compatibility level " + level + " for " + target + ": " + response.message();
        } else if (response.status() == 404) {
            message = "subject " + subject + " not found";
        } else {
            message = general(response);
        }
        return new SchemaRegistryException(message, response.status(), response.errorCode());
    }

    /** A response the client could not understand. */
    static SchemaRegistryException unexpected(RegistryHttp.Response response, String what) {
        return new SchemaRegistryException("unexpected answer from schema registry at " + response.url()
                + ": " + what, response.status(), response.errorCode());
    }

    private static String general(RegistryHttp.Response response) {
        int status = response.status();
        if (status == 401) {
            return "authentication failed for schema registry at " + response.url()
                    + " (HTTP 401): check basic.auth.user.info";
        }
        if (status == 403) {
            return "authorization failed for schema registry at " + response.url() + " (HTTP 403)";
        }
        return "schema registry at " + response.url() + " returned HTTP " + status
                + (response.errorCode() == SchemaRegistryException.NO_ERROR_CODE ? "" : " (error code "
                        + response.errorCode() + ")") + ": " + response.message();
    }
}
