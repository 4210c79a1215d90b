package dev.roster.spi.model;

import java.util.Objects;
import java.util.UUID;

/** Identifies a user. Ordered as the stores order it (unsigned, byte-wise). */
public record UserId(UUID value) implements Comparable<UserId> {
    public UserId {
        Objects.requireNonNull(value, "user id must not be null");
    }

    public static UserId of(UUID value) {
        return new UserId(value);
    }

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
