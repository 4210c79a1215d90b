package dev.roster.core.permission;

import dev.roster.core.policy.Policy;
import dev.roster.core.policy.RoleDefinition;
import dev.roster.core.policy.UserTypeDefinition;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.Group;
import dev.roster.spi.model.GroupId;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides a user's permissions from the layers of {@link Layer}, in that order. Pure: the caller
 * passes the user, its tenant and the tenant's groups.
 */
public final class PermissionResolver {
    private final Policy policy;
    private final PermissionCatalog catalog;
    private final Set<String> typesOpenToDefaults;

    /**
     * A resolver for a policy.
     *
     * @param policy the policy
     */
    public PermissionResolver(Policy policy) {
        this.policy = policy;
        this.catalog = new PermissionCatalog(policy.permissions());
        this.typesOpenToDefaults = policy.userTypes().stream().filter(t -> !policy.isPublic(t)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * The user types whose holders a tenant default or a group can change anything for: all but the
     * public ones, whose type decides every permission.
     *
     * @return the types' names
     */
    public Set<String> typesOpenToDefaults() {
        return typesOpenToDefaults;
    }

    /** {@return the policy it resolves by} */
    public Policy policy() {
        return policy;
    }

    /** {@return the catalog of the policy's permissions} */
    public PermissionCatalog catalog() {
        return catalog;
    }

    /**
     * The effective set of an active user; empty for a suspended or deleted one.
     *
     * @param user the user
     * @param tenant its tenant
     * @param groups the tenant's groups, by id
     * @return the set
     */
    public PermissionSet resolve(User user, Tenant tenant, Map<GroupId, Group> groups) {
        if (user.status() != UserStatus.ACTIVE) {
            return PermissionSet.empty(catalog, tenant.id());
        }
        return resolveAsIfActive(user, tenant, groups);
    }

    /**
     * What someone who is not a member of {@code tenant} holds there: nothing.
     *
     * @param tenant the tenant
     * @return the empty set
     */
    public PermissionSet nothing(TenantId tenant) {
        return PermissionSet.empty(catalog, tenant);
    }

    /**
     * The set the user would have were it active: what it had before a suspension, for example.
     *
     * @param user the user
     * @param tenant its tenant
     * @param groups the tenant's groups, by id
     * @return the set
     */
    public PermissionSet resolveAsIfActive(User user, Tenant tenant, Map<GroupId, Group> groups) {
        return wouldHold(user.roles(), user.userType(), user.overrides(), user.groups(), tenant, groups);
    }

    /**
     * What an active user with these roles, type, overrides and groups would hold in {@code tenant}.
     *
     * @param roles the roles
     * @param userType the user type, or null to leave the type's layer out
     * @param overrides the per-user grants and denies
     * @param groupIds the groups it belongs to
     * @param tenant the tenant
     * @param groups the tenant's groups, by id
     * @return the set
     */
    public PermissionSet wouldHold(Set<RoleId> roles, String userType, Map<Permission, Effect> overrides, Set<GroupId> groupIds, Tenant tenant,
            Map<GroupId, Group> groups) {
        Grants grants = new Grants(roles, userType, overrides, groupIds);
        PermissionSet.Builder bits = new PermissionSet.Builder(catalog, tenant.id());
        for (int i = 0; i < catalog.size(); i++) {
            if (decide(grants, tenant, groups, catalog.permissionAt(i)).granted()) {
                bits.add(i);
            }
        }
        return bits.build();
    }

    /**
     * Whether the user holds the admin permission, status aside: what the stored {@code admin} flag records.
     *
     * @param user the user
     * @param tenant its tenant
     * @param groups the tenant's groups, by id
     * @return true when it does
     */
    public boolean holdsAdmin(User user, Tenant tenant, Map<GroupId, Group> groups) {
        return decide(new Grants(user), tenant, groups, policy.adminPermission()).granted();
    }

    /**
     * Which layer decides a permission for a user, and what in it.
     *
     * @param user the user
     * @param tenant its tenant
     * @param groups the tenant's groups, by id
     * @param permission the permission
     * @return the decision
     */
    public Decision explain(User user, Tenant tenant, Map<GroupId, Group> groups, Permission permission) {
        if (catalog.contains(permission) && user.status() != UserStatus.ACTIVE) {
            return new Decision(permission, false, Layer.STATUS, user.status().name());
        }
        return decide(new Grants(user), tenant, groups, permission);
    }

    /**
     * Whether a per-user override of {@code permission} is allowed for someone holding {@code roles}.
     *
     * @param roles the roles
     * @param permission the permission
     * @return true when one role makes it overridable and none fixes it
     */
    public boolean isOverridable(Set<RoleId> roles, Permission permission) {
        return policy.isOverridable(roles, permission);
    }

    /** What the layers below the status read of a user, with its role definitions looked up once. */
    private final class Grants {
        final Set<RoleId> roleIds;
        final List<RoleDefinition> roles;
        final UserTypeDefinition type;
        final Map<Permission, Effect> overrides;
        final Set<GroupId> groupIds;

        Grants(Set<RoleId> roleIds, String userType, Map<Permission, Effect> overrides, Set<GroupId> groupIds) {
            this.roleIds = roleIds;
            this.roles = roleIds.stream().map(policy::role).toList();
            this.type = userType == null ? null : policy.userType(userType);
            this.overrides = overrides;
            this.groupIds = groupIds;
        }

        Grants(User user) {
            this(user.roles(), user.userType(), user.overrides(), user.groups());
        }
    }

    private Decision decide(Grants user, Tenant tenant, Map<GroupId, Group> groups, Permission p) {
        List<RoleDefinition> roles = user.roles;
        if (!catalog.contains(p)) {
            return new Decision(p, false, Layer.NONE, "not in the permission catalog");
        }
        Boolean byType = user.type == null ? null : user.type.decides(p);
        if (byType != null) {
            return new Decision(p, byType, Layer.USER_TYPE, user.type.id());
        }
        for (RoleDefinition role : roles) {
            if (role.fixed().contains(p)) {
                return new Decision(p, true, Layer.ROLE_FIXED, role.id().value());
            }
        }
        Effect override = user.overrides.get(p);
        if (override != null && isOverridable(user.roleIds, p)) {
            return new Decision(p, override == Effect.GRANT, Layer.USER_OVERRIDE, override.name());
        }
        for (GroupId groupId : user.groupIds) {
            Group group = groups.get(groupId);
            if (group != null && group.permissions().contains(p)) {
                return new Decision(p, true, Layer.GROUP, group.name());
            }
        }
        Effect tenantDefault = tenant.defaults().get(p);
        if (tenantDefault != null) {
            return new Decision(p, tenantDefault == Effect.GRANT, Layer.TENANT_DEFAULT, tenantDefault.name());
        }
        for (RoleDefinition role : roles) {
            if (role.permissions().contains(p)) {
                return new Decision(p, true, Layer.ROLE, role.id().value());
            }
        }
        return new Decision(p, false, Layer.NONE, "no layer grants it");
    }
}
