package dev.roster.core.policy;

import dev.roster.spi.model.Permission;
import java.util.Objects;
import java.util.Set;

/**
 * What a user type means beyond its name. A type may always grant some permissions ("tenant_admin:
 * full access to the admin portal") and never allow others ("analyst: read-only"); the type is the
 * first layer of the resolution after the status, so nothing a role, override, group or default
 * says changes it ({@link dev.roster.core.permission.Layer#USER_TYPE}). A public type is for users
 * the host makes for embedded dashboards and shared links: they never sign in, never take a seat,
 * and hold the type's grants and nothing else.
 *
 * @param id the type's name, as users and invitations carry it
 * @param label how an admin panel shows it
 * @param grants permissions every user of the type holds
 * @param denies permissions no user of the type holds
 * @param publicUsers whether users of the type are public users
 */
public record UserTypeDefinition(String id, String label, Set<Permission> grants, Set<Permission> denies, boolean publicUsers) {
    /**
     * Copies the sets.
     *
     * @param id the type's name, as users and invitations carry it
     * @param label how an admin panel shows it
     * @param grants permissions every user of the type holds
     * @param denies permissions no user of the type holds
     * @param publicUsers whether users of the type are public users
     */
    public UserTypeDefinition {
        Objects.requireNonNull(id, "id");
        label = label == null ? id : label;
        grants = grants == null ? Set.of() : Set.copyOf(grants);
        denies = denies == null ? Set.of() : Set.copyOf(denies);
    }

    /**
     * A type that changes no permission.
     *
     * @param id the type's name
     * @param label how an admin panel shows it
     * @return the type
     */
    public static UserTypeDefinition of(String id, String label) {
        return new UserTypeDefinition(id, label, Set.of(), Set.of(), false);
    }

    /**
     * A type of public users: they never sign in, take no seat, and hold {@code views} only.
     *
     * @param id the type's name
     * @param label how an admin panel shows it
     * @param views the permissions they hold (what they may view)
     * @return the type
     */
    public static UserTypeDefinition publicUsers(String id, String label, Set<Permission> views) {
        return new UserTypeDefinition(id, label, views, Set.of(), true);
    }

    /**
     * This type, always granting {@code permissions} as well.
     *
     * @param permissions the permissions
     * @return the new definition
     */
    public UserTypeDefinition withGrants(Set<Permission> permissions) {
        return new UserTypeDefinition(id, label, permissions, denies, publicUsers);
    }

    /**
     * This type, never allowing {@code permissions}.
     *
     * @param permissions the permissions
     * @return the new definition
     */
    public UserTypeDefinition withDenies(Set<Permission> permissions) {
        return new UserTypeDefinition(id, label, grants, permissions, publicUsers);
    }

    /**
     * What the type says of a permission: true (always held), false (never held) or null (nothing;
     * the other layers decide). A public type says false of everything it does not grant.
     *
     * @param permission the permission
     * @return the verdict, or null
     */
    public Boolean decides(Permission permission) {
        if (grants.contains(permission)) {
            return Boolean.TRUE;
        }
        if (publicUsers || denies.contains(permission)) {
            return Boolean.FALSE;
        }
        return null;
    }
}
