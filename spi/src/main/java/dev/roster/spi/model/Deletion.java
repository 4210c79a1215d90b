package dev.roster.spi.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What a soft delete remembers so that a restore can bring the user back as it was: when, by whom,
 * the status and roles before, and the instant after which the purge may remove the user for good.
 */
public record Deletion(Instant deletedAt, UserId deletedBy, UserStatus priorStatus, Set<RoleId> priorRoles, Instant purgeAfter) {
    /**
     * Checks the fields and copies the roles; a deletion never remembers DELETED as the status before.
     *
     * @param deletedAt the deleted at
     * @param deletedBy the deleted by
     * @param priorStatus the prior status
     * @param priorRoles the prior roles
     * @param purgeAfter the purge after
     */
    public Deletion {
        Objects.requireNonNull(deletedAt, "deletedAt");
        Objects.requireNonNull(priorStatus, "priorStatus");
        Objects.requireNonNull(purgeAfter, "purgeAfter");
        priorRoles = Set.copyOf(priorRoles);
        if (priorStatus == UserStatus.DELETED) {
            throw new IllegalArgumentException("priorStatus cannot be DELETED");
        }
    }
}
