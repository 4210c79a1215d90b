package dev.roster.core.internal.service;

import dev.roster.core.access.Actor;
import dev.roster.core.audit.AuditActions;
import dev.roster.core.error.NotFoundException;
import dev.roster.core.error.ValidationException;
import dev.roster.core.group.GroupService;
import dev.roster.core.internal.Acting;
import dev.roster.core.internal.AdminOperations;
import dev.roster.core.internal.Authority;
import dev.roster.core.internal.Authorizer;
import dev.roster.core.internal.RosterContext;
import dev.roster.core.policy.Operation;
import dev.roster.core.policy.RoleDefinition;
import dev.roster.core.validation.Normalized;
import dev.roster.spi.error.StaleVersionException;
import dev.roster.spi.model.Group;
import dev.roster.spi.model.GroupId;
import dev.roster.spi.model.Limits;
import dev.roster.spi.model.Permission;
import dev.roster.spi.store.StoreTransaction;
import dev.roster.spi.text.TextKind;
import dev.roster.spi.text.TextRules;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The engine behind {@link GroupService}. */
public final class DefaultGroupService implements GroupService {
    private final RosterContext ctx;
    private final Authorizer authorizer;
    private final AdminOperations ops;
    private final Authority authority;

    public DefaultGroupService(RosterContext ctx, Authorizer authorizer, Authority authority) {
        this.authority = authority;
        this.ctx = ctx;
        this.authorizer = authorizer;
        this.ops = new AdminOperations(ctx, authorizer);
    }

    @Override
    public List<Group> list(Actor actor) {
        return ctx.store().read(tx -> {
            authorizer.authorize(tx, actor, Operation.VIEW_USERS, false);
            return tx.groups().list(actor.tenant());
        });
    }

    @Override
    public Group create(Actor actor, String name, Set<Permission> permissions) {
        String clean = checkName(name);
        checkPermissions(permissions);
        return ops.run(actor, Operation.MANAGE_GROUPS, false, (tx, acting, now) -> {
            acting.requireHoldsAll(permissions, "group permissions");
            Group group = new Group(GroupId.of(ctx.ids().next()), acting.tenant().id(), clean, permissions, now, 0);
            tx.groups().insert(group);
            ops.record(tx, acting, AuditActions.GROUP_CREATED, AuditActions.TARGET_GROUP, group.id(),
                    Map.of("name", clean, "permissions", new TreeSet<>(permissions).toString()));
            return group;
        });
    }

    @Override
    public Group update(Actor actor, GroupId id, long expectedVersion, String name, Set<Permission> permissions) {
        String clean = checkName(name);
        checkPermissions(permissions);
        return ops.runOnTenant(actor, Operation.MANAGE_GROUPS, false, (tx, acting, now) -> {
            Group group = find(tx, actor, id);
            if (group.version() != expectedVersion) {
                throw new StaleVersionException("group", id, expectedVersion);
            }
            acting.requireHoldsAll(permissions, "group permissions");
            Set<Permission> removed = new TreeSet<>(group.permissions());
            removed.removeAll(permissions);
            requireMayTakeAway(acting, removed, "take " + removed + " away from group '" + group.name() + "'");
            Group updated = tx.groups().update(group.with(clean, permissions));
            ops.record(tx, acting, AuditActions.GROUP_CHANGED, AuditActions.TARGET_GROUP, id, Map.of("name", group.name() + " -> " + clean,
                    "permissions", new TreeSet<>(group.permissions()) + " -> " + new TreeSet<>(permissions)));
            return updated;
        });
    }

    /** Deletes the group; members simply stop inheriting from it. */
    @Override
    public void delete(Actor actor, GroupId id) {
        ops.runOnTenant(actor, Operation.MANAGE_GROUPS, false, (tx, acting, now) -> {
            Group group = find(tx, actor, id);
            requireMayTakeAway(acting, group.permissions(), "delete group '" + group.name() + "'");
            tx.groups().delete(actor.tenant(), id);
            ops.record(tx, acting, AuditActions.GROUP_DELETED, AuditActions.TARGET_GROUP, id, Map.of("name", group.name()));
            return null;
        });
    }

    /**
     * Members of the group may lose {@code removed}; any member could hold any role, so the actor must
     * cover the holders of every role that does not fix one of them (as for the tenant's defaults).
     */
    private void requireMayTakeAway(Acting acting, Set<Permission> removed, String what) {
        if (removed.isEmpty()) {
            return;
        }
        List<RoleDefinition> lowered = ctx.policy().roles().values().stream()
                .filter(role -> removed.stream().anyMatch(p -> !role.fixed().contains(p))).toList();
        authority.requireCoversHoldersOf(acting, lowered, what);
    }

    private static Group find(StoreTransaction tx, Actor actor, GroupId id) {
        return tx.groups().find(actor.tenant(), id).orElseThrow(() -> new NotFoundException("group", id));
    }

    private static String checkName(String name) {
        String clean = name == null ? "" : Normalized.line(name).strip();
        String problem = clean.isEmpty() ? "must not be blank" : TextRules.problem(clean, TextKind.LINE, Limits.GROUP_NAME);
        if (problem != null) {
            throw ValidationException.of("name", problem);
        }
        return clean;
    }

    private void checkPermissions(Set<Permission> permissions) {
        if (permissions == null) {
            throw ValidationException.of("permissions", "must not be null");
        }
        for (Permission p : permissions) {
            if (p == null) {
                throw ValidationException.of("permissions", "must not hold null");
            }
            if (!ctx.policy().permissions().contains(p)) {
                throw ValidationException.of("permissions[" + p + "]", "'" + p + "' is not in the permission catalog");
            }
            if (p.equals(ctx.policy().adminPermission())) {
                throw ValidationException.of("permissions[" + p + "]", "the admin permission cannot come from a group");
            }
        }
    }
}
