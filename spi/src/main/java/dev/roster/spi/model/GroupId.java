package dev.roster.spi.model;

import java.util.Objects;
import java.util.UUID;

/** Identifies a group. Ordered as the stores order it (unsigned, byte-wise). */
public record GroupId(UUID value) implements Comparable<GroupId> {
    public GroupId {
        Objects.requireNonNull(value, "group id must not be null");
    }

    public static GroupId of(UUID value) {
        return new GroupId(value);
    }

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
