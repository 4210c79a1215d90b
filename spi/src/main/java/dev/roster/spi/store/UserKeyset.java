package dev.roster.spi.store;

import dev.roster.spi.model.UserId;
import java.time.Instant;
import java.util.Objects;

/** The position after which the next page starts: the sort key and id of the last user seen. */
public record UserKeyset(Comparable<?> key, UserId id) {
    /**
     * Requires both parts; the key is an instant or one line of text, within what every store holds.
     *
     * @param key the key
     * @param id the id
     */
    public UserKeyset {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
        if (key instanceof Instant instant) {
            StoredValues.bound("key", instant);
        } else if (key instanceof String text) {
            StoredValues.keyText(text);
        } else {
            throw new IllegalArgumentException("a keyset key is an Instant or a String, got " + key.getClass().getName());
        }
    }
}
