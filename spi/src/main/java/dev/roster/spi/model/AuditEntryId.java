package dev.roster.spi.model;

import java.util.Objects;
import java.util.UUID;

/** Identifies a audit entry. Ordered as the stores order it (unsigned, byte-wise). */
public record AuditEntryId(UUID value) implements Comparable<AuditEntryId> {
    /**
     * Requires the UUID.
     *
     * @param value the value
     */
    public AuditEntryId {
        Objects.requireNonNull(value, "audit entry id must not be null");
    }

    /**
     * The id of an audit entry.
     *
     * @param value a UUID, as Roster makes them (time-ordered, version 7)
     * @return the id
     */
    public static AuditEntryId of(UUID value) {
        return new AuditEntryId(value);
    }

    /**
     * Reads an id from its text form, as {@link #toString()} writes it.
     *
     * @param text the UUID in its usual form
     * @return the id
     * @throws IllegalArgumentException when {@code text} is not a UUID
     */
    public static AuditEntryId parse(String text) {
        return new AuditEntryId(Ids.parse("audit entry id", text));
    }

    // Written out rather than generated: ids are hash keys on hot paths (permission checks).
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof AuditEntryId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(AuditEntryId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
