package dev.roster.spi.store;

import dev.roster.spi.model.InvitationStatus;
import java.util.List;
import java.util.Map;

/**
 * What a tenant's tab row shows, read together: users by status and type, as
 * {@link UserQueryStore#countByStatusAndType}, and invitations by status, as
 * {@link InvitationStore#countByStatus}.
 */
public record TenantCounts(List<StatusTypeCount> users, Map<InvitationStatus, Long> invitations) {
    /**
     * Copies both.
     *
     * @param users the users
     * @param invitations the invitations
     */
    public TenantCounts {
        users = List.copyOf(users);
        invitations = Map.copyOf(invitations);
    }
}
