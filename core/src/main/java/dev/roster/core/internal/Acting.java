package dev.roster.core.internal;

import dev.roster.core.access.Actor;
import dev.roster.core.error.PermissionDeniedException;
import dev.roster.core.permission.PermissionSet;
import dev.roster.spi.model.Group;
import dev.roster.spi.model.GroupId;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import java.util.Collection;
import java.util.Map;

/**
 * An authorized actor inside a unit of work: its tenant (with the tenant's groups), its user (null
 * for the system) and its effective permissions.
 */
public record Acting(Actor actor, Tenant tenant, Map<GroupId, Group> groups, User user, PermissionSet permissions) {

    public boolean isSystem() {
        return actor.isSystem();
    }

    /** The audit actor: the user id, or null for the system. */
    public UserId actorId() {
        return actor.userId().orElse(null);
    }

    public boolean holds(Permission permission) {
        return isSystem() || permissions.contains(permission);
    }

    /** An actor cannot hand out what it does not hold. */
    public void requireHoldsAll(Collection<Permission> granted, String what) {
        if (isSystem()) {
            return;
        }
        for (Permission p : granted) {
            if (!permissions.contains(p)) {
                throw new PermissionDeniedException("cannot grant " + what + ": the actor does not hold '" + p + "'");
            }
        }
    }

    public boolean isSelf(UserId target) {
        return actor.userId().filter(target::equals).isPresent();
    }
}
