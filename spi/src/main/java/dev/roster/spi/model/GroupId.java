package dev.roster.spi.model;

import java.util.Objects;
import java.util.UUID;

/** Identifies a group. Ordered as the stores order it (unsigned, byte-wise). */
public record GroupId(UUID value) implements Comparable<GroupId> {
    /**
     * Requires the UUID.
     *
     * @param value the value
     */
    public GroupId {
        Objects.requireNonNull(value, "group id must not be null");
    }

    /**
     * The id of a group.
     *
     * @param value a UUID, as Roster makes them (time-ordered, version 7)
     * @return the id
     */
    public static GroupId of(UUID value) {
        return new GroupId(value);
    }

    /**
     * Reads an id from its text form, as {@link #toString()} writes it.
     *
     * @param text the UUID in its usual form
     * @return the id
     * @throws IllegalArgumentException when {@code text} is not a UUID
     */
    public static GroupId parse(String text) {
        return new GroupId(Ids.parse("group id", text));
    }

    // Written out rather than generated: ids are hash keys on hot paths (permission checks).
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof GroupId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(GroupId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
