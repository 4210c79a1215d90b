package dev.roster.adapters.jdbc;

/** What the store does with its schema when it is built. */
public enum SchemaMode {
    /** Apply the shipped migrations that are missing (Flyway, history table {@code roster_schema_history}). */
    MIGRATE,
    /** Check that the applied migrations match the shipped ones, and fail otherwise. */
    VALIDATE,
    /** Nothing: the host runs the shipped files with its own tool. */
    NONE
}
