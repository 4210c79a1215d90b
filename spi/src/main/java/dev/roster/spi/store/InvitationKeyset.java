package dev.roster.spi.store;

import dev.roster.spi.model.InvitationId;
import java.time.Instant;
import java.util.Objects;

/** Position in an invitation list: creation instant and id of the last invitation seen. */
public record InvitationKeyset(Instant createdAt, InvitationId id) {
    /**
     * Requires both parts of the position, within what every store holds.
     *
     * @param createdAt the created at
     * @param id the id
     */
    public InvitationKeyset {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
        StoredValues.bound("createdAt", createdAt);
    }
}
