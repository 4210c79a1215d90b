package dev.roster.spi.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** A named set of users (membership is on the user) whose members inherit the group's permissions. */
public record Group(GroupId id, TenantId tenantId, String name, Set<Permission> permissions, Instant createdAt, long version) {
    /**
     * Checks the fields and copies the permissions.
     *
     * @param id the id
     * @param tenantId the tenant id
     * @param name the name
     * @param permissions the permissions
     * @param createdAt the created at
     * @param version the version
     */
    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        permissions = Set.copyOf(permissions);
    }

    /**
     * This group at another version; stores use it to advance the version on update.
     *
     * @param newVersion the version
     * @return the group at that version
     */
    public Group withVersion(long newVersion) {
        return new Group(id, tenantId, name, permissions, createdAt, newVersion);
    }

    /**
     * This group with a new name and permissions, at the same version.
     *
     * @param newName the name
     * @param newPermissions what members inherit
     * @return the changed group
     */
    public Group with(String newName, Set<Permission> newPermissions) {
        return new Group(id, tenantId, newName, newPermissions, createdAt, version);
    }
}
