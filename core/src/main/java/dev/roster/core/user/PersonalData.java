package dev.roster.core.user;

import dev.roster.core.permission.Decision;
import dev.roster.spi.model.AuditEntry;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.InviteeProfile;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything Roster holds about one person, for a data-access request: the user (profile, roles,
 * overrides, groups, attributes, where it came from), each permission of the catalog with the layer
 * that decides it, the invitations sent to any address it has had, and the audit entries about it
 * and about those invitations, and the same for the person's earlier records (users it was before a
 * type change, {@link UserService#changeType}). Plain values, so a host serialises it as it likes
 * (the examples write JSON); token hashes are left out.
 */
public record PersonalData(User user, List<Decision> permissions, List<SentInvitation> invitations, List<AuditEntry> auditEntries,
        Instant exportedAt, List<PersonalData> earlierRecords) {

    /**
     * Copies the lists.
     *
     * @param user the user
     * @param permissions the permissions
     * @param invitations the invitations
     * @param auditEntries the audit entries
     * @param exportedAt the exported at
     * @param earlierRecords the person's earlier records, replaced when its type changed
     */
    public PersonalData {
        permissions = List.copyOf(permissions);
        earlierRecords = earlierRecords == null ? List.of() : List.copyOf(earlierRecords);
        invitations = List.copyOf(invitations);
        auditEntries = List.copyOf(auditEntries);
    }

    /** An invitation as the person may see it: everything but its token hash. */
    public record SentInvitation(InvitationId id, String email, Set<RoleId> roles, String userType, Map<Permission, Effect> permissionFlags,
            InviteeProfile invitee, Optional<String> message, Optional<UserId> invitedBy, InvitationStatus status, Instant createdAt,
            Optional<Instant> expiresAt, Optional<Instant> resolvedAt) {

        /**
         * The invitation as of {@code now} (an overdue one reads as expired), without its token hash.
         *
         * @param i the invitation
         * @param now the instant it is read at
         * @return the invitation as the person may see it
         */
        public static SentInvitation of(Invitation i, Instant now) {
            return new SentInvitation(i.id(), i.email().value(), i.roles(), i.userType(), i.permissionFlags(), i.invitee(),
                    Optional.ofNullable(i.message()), Optional.ofNullable(i.invitedBy()), i.statusAt(now), i.createdAt(),
                    Optional.ofNullable(i.expiresAt()), Optional.ofNullable(i.resolvedAt()));
        }
    }
}
