package dev.roster.spi.store;

import dev.roster.spi.model.UserId;
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
        StoredValues.keysetKey(key);
        Objects.requireNonNull(id, "id");
    }
}
