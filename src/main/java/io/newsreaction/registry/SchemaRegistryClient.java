package io.newsreaction.registry;

import java.util.List;

import org.apache.avro.Schema;

/** The subset of the Confluent Schema Registry API the serdes and the ops commands need. */
public interface SchemaRegistryClient {

    /** Registers {@code schema} under {@code subject} (or finds it there) and returns its global id. */
    int register(String subject, Schema schema);

    /** Returns the id of {@code schema} already registered under {@code subject}; 404 when it is not. */
    int lookup(String subject, Schema schema);

    /** Returns the schema with this global id; 404 when there is none. */
    Schema getById(int id);

    /** Returns the latest version registered under {@code subject}; 404 when the subject is unknown. */
    RegisteredSchema getLatest(String subject);

    /** Whether {@code schema} could be registered under {@code subject} (true for an unknown subject). */
    boolean testCompatibility(String subject, Schema schema);

    /** Sets the compatibility level (e.g. BACKWARD) of a subject, or the global level when subject is null. */
    void setCompatibility(String subjectOrNullForGlobal, String level);

    /** Every subject known to the registry. */
    List<String> subjects();
}
