package dev.roster.spi.model;

import java.util.Objects;
import java.util.UUID;

/** Identifies a user. Ordered as the stores order it (unsigned, byte-wise). */
public record UserId(UUID value) implements Comparable<UserId> {
    /**
     * Requires the UUID.
     *
     * @param value the value
     */
    public UserId {
        Objects.requireNonNull(value, "user id must not be null");
    }

    /**
     * The id of a user.
     *
     * @param value a UUID, as Roster makes them (time-ordered, version 7)
     * @return the id
     */
    public static UserId of(UUID value) {
        return new UserId(value);
    }

    /**
     * Reads an id from its text form, as {@link #toString()} writes it.
     *
     * @param text the UUID in its usual form
     * @return the id
     * @throws IllegalArgumentException when {@code text} is not a UUID
     */
    public static UserId parse(String text) {
        return new UserId(Ids.parse("user id", text));
    }

    // Written out rather than generated: ids are hash keys on hot paths (permission checks).
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof UserId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(UserId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
