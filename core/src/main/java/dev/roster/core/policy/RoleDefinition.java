package dev.roster.core.policy;

import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import java.util.Objects;
import java.util.Set;

/**
 * A role of the policy's catalog.
 *
 * @param permissions what holders get by default
 * @param fixed permissions holders always have, whatever an override, group or tenant default says
 *     (for example data export for admins); a subset of {@code permissions}
 * @param overridable permissions an admin may grant or deny per user for holders of this role
 *     (for example data export for viewers); none of them fixed
 */
public record RoleDefinition(RoleId id, String label, Set<Permission> permissions, Set<Permission> fixed, Set<Permission> overridable) {
    /**
     * Requires the id, defaults the label to it, and copies the sets.
     *
     * @param id the id
     * @param label the label
     * @param permissions what holders get by default
     * @param fixed permissions holders always have, whatever an override, group or tenant default says (for example data export for admins); a subset of {@code permissions}
     * @param overridable permissions an admin may grant or deny per user for holders of this role (for example data export for viewers); none of them fixed
     */
    public RoleDefinition {
        Objects.requireNonNull(id, "id");
        label = label == null ? id.value() : label;
        permissions = Set.copyOf(permissions);
        fixed = Set.copyOf(fixed);
        overridable = Set.copyOf(overridable);
    }

    /**
     * A role with default permissions only.
     *
     * @param id the role id
     * @param label what screens show
     * @param permissions what holders get by default
     * @return the role
     */
    public static RoleDefinition of(String id, String label, Set<Permission> permissions) {
        return new RoleDefinition(RoleId.of(id), label, permissions, Set.of(), Set.of());
    }

    /**
     * This role with permissions its holders always have.
     *
     * @param newFixed the fixed permissions, a subset of its permissions
     * @return the changed role
     */
    public RoleDefinition withFixed(Set<Permission> newFixed) {
        return new RoleDefinition(id, label, permissions, newFixed, overridable);
    }

    /**
     * This role with permissions an admin may grant or deny per user.
     *
     * @param newOverridable the overridable permissions
     * @return the changed role
     */
    public RoleDefinition withOverridable(Set<Permission> newOverridable) {
        return new RoleDefinition(id, label, permissions, fixed, newOverridable);
    }
}
