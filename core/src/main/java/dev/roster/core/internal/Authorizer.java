package dev.roster.core.internal;

import dev.roster.core.access.Actor;
import dev.roster.core.error.NotFoundException;
import dev.roster.core.error.PermissionDeniedException;
import dev.roster.core.permission.PermissionResolver;
import dev.roster.core.permission.PermissionSet;
import dev.roster.core.policy.Operation;
import dev.roster.core.policy.Policy;
import dev.roster.spi.model.Group;
import dev.roster.spi.model.GroupId;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.StoreTransaction;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks, at the start of every operation, that the actor is an active member allowed to perform it. */
public final class Authorizer {
    private final Policy policy;
    private final PermissionResolver resolver;

    public Authorizer(Policy policy, PermissionResolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    /**
     * Loads the tenant (locked when {@code lockTenant}, so tenant-wide guards see a stable count),
     * the actor and its permissions, and requires the permission of {@code operation}.
     */
    public Acting authorize(StoreTransaction tx, Actor actor, Operation operation, boolean lockTenant) {
        return authorize(tx, actor, operation, lockTenant, false);
    }

    /**
     * As {@link #authorize(StoreTransaction, Actor, Operation, boolean)}; with {@code selfService}
     * (a member suspending or deleting itself where the policy lets users do so) an active member
     * needs no permission for it.
     */
    public Acting authorize(StoreTransaction tx, Actor actor, Operation operation, boolean lockTenant, boolean selfService) {
        Tenant tenant = (lockTenant ? tx.tenants().lock(actor.tenant()) : tx.tenants().find(actor.tenant()))
                .orElseThrow(() -> new NotFoundException("tenant", actor.tenant()));
        Map<GroupId, Group> groups = groupsOf(tx, tenant);
        if (actor.isSystem()) {
            return new Acting(actor, tenant, groups, null, null);
        }
        UserId userId = actor.userId().orElseThrow();
        User user = tx.users().find(tenant.id(), userId)
                .orElseThrow(() -> new PermissionDeniedException("actor " + userId + " is not a member of tenant " + tenant.id()));
        PermissionSet permissions = resolver.resolve(user, tenant, groups);
        Permission required = policy.permissionFor(operation);
        if (selfService && user.status() == UserStatus.ACTIVE) {
            return new Acting(actor, tenant, groups, user, permissions);
        }
        if (!permissions.contains(required)) {
            throw new PermissionDeniedException("actor " + userId + " needs '" + required + "' to " + operation);
        }
        return new Acting(actor, tenant, groups, user, permissions);
    }

    public static Map<GroupId, Group> groupsOf(StoreTransaction tx, Tenant tenant) {
        return tx.groups().list(tenant.id()).stream().collect(Collectors.toMap(Group::id, Function.identity()));
    }
}
