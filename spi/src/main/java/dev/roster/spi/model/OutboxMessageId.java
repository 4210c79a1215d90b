package dev.roster.spi.model;

import java.util.Objects;
import java.util.UUID;

/** Identifies a message in the mail outbox. Ordered as the stores order it (unsigned, byte-wise). */
public record OutboxMessageId(UUID value) implements Comparable<OutboxMessageId> {
    /**
     * Requires the UUID.
     *
     * @param value the value
     */
    public OutboxMessageId {
        Objects.requireNonNull(value, "outbox message id must not be null");
    }

    /**
     * The id of an outbox message.
     *
     * @param value a UUID, as Roster makes them (time-ordered, version 7)
     * @return the id
     */
    public static OutboxMessageId of(UUID value) {
        return new OutboxMessageId(value);
    }

    /**
     * Reads an id from its text form, as {@link #toString()} writes it.
     *
     * @param text the UUID in its usual form
     * @return the id
     * @throws IllegalArgumentException when {@code text} is not a UUID
     */
    public static OutboxMessageId parse(String text) {
        return new OutboxMessageId(Ids.parse("outbox message id", text));
    }

    // Written out rather than generated: ids are hash keys on hot paths (permission checks).
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof OutboxMessageId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(OutboxMessageId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
