package dev.roster.core.internal;

import dev.roster.core.error.PermissionDeniedException;
import dev.roster.core.permission.PermissionResolver;
import dev.roster.core.permission.PermissionSet;
import dev.roster.core.policy.RoleDefinition;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.User;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one rule against escalation, applied wherever a user is written: an actor acts only on users
 * whose every permission it holds itself (also what a suspended or deleted user would hold again),
 * and leaves them holding nothing it does not hold. So no path raises anyone above the actor, and a
 * manager without the admin permission cannot suspend, edit, delete or revive an admin. Nobody
 * changes their own roles, overrides or groups. The system actor (the host's own code) is trusted.
 */
public final class Authority {
    private final PermissionResolver resolver;

    public Authority(PermissionResolver resolver) {
        this.resolver = resolver;
    }

    /** What the user holds, or would hold were it active again (a deleted user with the roles it had). */
    public PermissionSet potential(Acting acting, User user) {
        return resolver.wouldHold(rolesOf(user), user.userType(), user.overrides(), user.groups(), acting.tenant(), acting.groups());
    }

    /**
     * Requires that the actor covers the user as it is ({@code before}, null for a new user) and as
     * the change leaves it ({@code after}, null when it is removed).
     */
    public void requireCovers(Acting acting, User before, User after) {
        if (acting.isSystem()) {
            return;
        }
        if (before != null && after != null && acting.isSelf(before.id()) && changesGrants(before, after)) {
            throw new PermissionDeniedException("users cannot change their own roles, permission overrides or groups");
        }
        if (before != null) {
            requireHolds(acting, potential(acting, before), "act on user " + before.id());
        }
        if (after != null) {
            requireHolds(acting, potential(acting, after), before == null ? "create this user" : "make this change to user " + after.id());
        }
    }

    /** Requires that the actor holds every permission of {@code granted}. */
    public void requireHolds(Acting acting, PermissionSet granted, String what) {
        if (acting.isSystem()) {
            return;
        }
        Set<?> missing = granted.notHeldBy(acting.permissions());
        if (!missing.isEmpty()) {
            throw new PermissionDeniedException("cannot " + what + ": the user would hold " + missing
                    + ", which the actor does not hold");
        }
    }

    /**
     * Taking permissions away through something tenant-wide (the defaults, a group): the actor must
     * cover the holders of every role that could lose one, as it must cover a user it changes directly.
     */
    public void requireCoversHoldersOf(Acting acting, Collection<RoleDefinition> roles, String what) {
        // A holder is a role and a type: a type may grant what its role does not (an admin by type), so each pair counts.
        for (RoleDefinition role : roles) {
            for (String type : resolver.typesOpenToDefaults()) {
                PermissionSet holders = resolver.wouldHold(Set.of(role.id()), type, Map.of(), Set.of(), acting.tenant(), acting.groups());
                acting.requireHoldsAll(holders.toSet(), what + ", which lowers what holders of role '" + role.id() + "' and type '" + type
                        + "' hold");
            }
        }
    }

    /** The roles a user has, or had before it was soft-deleted (a deletion empties them). */
    private static Set<RoleId> rolesOf(User user) {
        return user.deletion() == null ? user.roles() : user.deletion().priorRoles();
    }

    private static boolean changesGrants(User before, User after) {
        return !Objects.equals(rolesOf(before), rolesOf(after)) || !Objects.equals(before.overrides(), after.overrides())
                || !Objects.equals(before.groups(), after.groups());
    }
}
