package dev.roster.spi.model;

import java.util.Objects;
import java.util.UUID;

/** Identifies a invitation. Ordered as the stores order it (unsigned, byte-wise). */
public record InvitationId(UUID value) implements Comparable<InvitationId> {
    /**
     * Requires the UUID.
     *
     * @param value the value
     */
    public InvitationId {
        Objects.requireNonNull(value, "invitation id must not be null");
    }

    /**
     * The id of an invitation.
     *
     * @param value a UUID, as Roster makes them (time-ordered, version 7)
     * @return the id
     */
    public static InvitationId of(UUID value) {
        return new InvitationId(value);
    }

    /**
     * Reads an id from its text form, as {@link #toString()} writes it.
     *
     * @param text the UUID in its usual form
     * @return the id
     * @throws IllegalArgumentException when {@code text} is not a UUID
     */
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
