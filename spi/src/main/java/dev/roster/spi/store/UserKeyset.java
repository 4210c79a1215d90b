package dev.roster.spi.store;

import dev.roster.spi.model.UserId;
import java.util.Objects;

/** The position after which the next page starts: the sort key and id of the last user seen. */
public record UserKeyset(Comparable<?> key, UserId id) {
    public UserKeyset {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
    }
}
