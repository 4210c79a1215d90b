package dev.roster.spi.model;

import java.util.Objects;
import java.util.UUID;

/** Identifies a audit entry. Ordered as the stores order it (unsigned, byte-wise). */
public record AuditEntryId(UUID value) implements Comparable<AuditEntryId> {
    public AuditEntryId {
        Objects.requireNonNull(value, "audit entry id must not be null");
    }

    public static AuditEntryId of(UUID value) {
        return new AuditEntryId(value);
    }

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
