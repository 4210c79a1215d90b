package dev.roster.spi.model;

import java.util.Objects;
import java.util.UUID;

/** Identifies a invitation. Ordered as the stores order it (unsigned, byte-wise). */
public record InvitationId(UUID value) implements Comparable<InvitationId> {
    public InvitationId {
        Objects.requireNonNull(value, "invitation id must not be null");
    }

    public static InvitationId of(UUID value) {
        return new InvitationId(value);
    }

    public static InvitationId parse(String text) {
        return new InvitationId(Ids.parse("invitation id", text));
    }

    // Written out rather than generated: ids are hash keys on hot paths (permission checks).
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof InvitationId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(InvitationId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
