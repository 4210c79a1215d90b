package dev.roster.core.group;

import dev.roster.spi.text.TextRules;
import dev.roster.spi.text.TextKind;
import dev.roster.core.validation.Normalized;
import dev.roster.core.Actor;
import dev.roster.core.audit.AuditActions;
import dev.roster.core.error.ConflictException;
import dev.roster.core.error.NotFoundException;
import dev.roster.core.error.ValidationException;
import dev.roster.core.internal.Acting;
import dev.roster.core.internal.Authorizer;
import dev.roster.core.internal.RosterContext;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.StaleVersionException;
import dev.roster.spi.model.Group;
import dev.roster.spi.model.GroupId;
import dev.roster.spi.model.Limits;
import dev.roster.spi.model.Permission;
import dev.roster.core.policy.Operation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups: named sets of users whose members inherit the group's permissions. Membership is set on
 * the user ({@code UserService.setGroups}). The admin permission cannot come from a group.
 */
public final class GroupService {
    private final RosterContext ctx;
    private final Authorizer authorizer;

    public GroupService(RosterContext ctx, Authorizer authorizer) {
        this.ctx = ctx;
        this.authorizer = authorizer;
    }

    public List<Group> list(Actor actor) {
        return ctx.store().read(tx -> {
            authorizer.authorize(tx, actor, Operation.VIEW_USERS, false);
            return tx.groups().list(actor.tenant());
        });
    }

    public Group create(Actor actor, String name, Set<Permission> permissions) {
        String clean = checkName(name);
        checkPermissions(permissions);
        Instant now = ctx.clock().instant();
        return ctx.store().inTransaction(tx -> {
            Acting acting = authorizer.authorize(tx, actor, Operation.MANAGE_GROUPS, false);
            acting.requireHoldsAll(permissions, "group permissions");
            Group group = new Group(GroupId.of(ctx.ids().next()), acting.tenant().id(), clean, permissions, now, 0);
            tx.groups().insert(group);
            ctx.audit().record(tx, group.tenantId(), acting.actorId(), AuditActions.GROUP_CREATED, AuditActions.TARGET_GROUP,
                    group.id(), Map.of("name", clean, "permissions", new TreeSet<>(permissions).toString()));
            return group;
        });
    }

    public Group update(Actor actor, GroupId id, long expectedVersion, String name, Set<Permission> permissions) {
        String clean = checkName(name);
        checkPermissions(permissions);
        Group saved = ctx.store().inTransaction(tx -> {
            Acting acting = authorizer.authorize(tx, actor, Operation.MANAGE_GROUPS, false);
            Group group = tx.groups().find(actor.tenant(), id).orElseThrow(() -> new NotFoundException("group", id));
            if (group.version() != expectedVersion) {
                throw new StaleVersionException("group", id, expectedVersion);
            }
            acting.requireHoldsAll(permissions, "group permissions");
            Group updated = tx.groups().update(group.with(clean, permissions));
            ctx.audit().record(tx, group.tenantId(), acting.actorId(), AuditActions.GROUP_CHANGED, AuditActions.TARGET_GROUP, id,
                    Map.of("name", group.name() + " -> " + clean,
                            "permissions", new TreeSet<>(group.permissions()) + " -> " + new TreeSet<>(permissions)));
            return updated;
        });
        ctx.permissionCache().invalidateTenant(actor.tenant());
        return saved;
    }

    /** Deletes the group; members simply stop inheriting from it. */
    public void delete(Actor actor, GroupId id) {
        ctx.store().inTransaction(tx -> {
            Acting acting = authorizer.authorize(tx, actor, Operation.MANAGE_GROUPS, false);
            Group group = tx.groups().find(actor.tenant(), id).orElseThrow(() -> new NotFoundException("group", id));
            tx.groups().delete(actor.tenant(), id);
            ctx.audit().record(tx, group.tenantId(), acting.actorId(), AuditActions.GROUP_DELETED, AuditActions.TARGET_GROUP, id,
                    Map.of("name", group.name()));
            return null;
        });
        ctx.permissionCache().invalidateTenant(actor.tenant());
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
                throw new ConflictException(ErrorCode.POLICY_FORBIDS, "the admin permission cannot come from a group");
            }
        }
    }
}
