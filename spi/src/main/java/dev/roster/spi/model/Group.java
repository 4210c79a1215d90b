package dev.roster.spi.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** A named set of users (membership is on the user) whose members inherit the group's permissions. */
public record Group(GroupId id, TenantId tenantId, String name, Set<Permission> permissions, Instant createdAt, long version) {
    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        permissions = Set.copyOf(permissions);
    }

    public Group withVersion(long newVersion) {
        return new Group(id, tenantId, name, permissions, createdAt, newVersion);
    }

    public Group with(String newName, Set<Permission> newPermissions) {
        return new Group(id, tenantId, newName, newPermissions, createdAt, version);
    }
}
