package dev.roster.spi.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A tenant: its name, its tenant-wide permission defaults (the "global limits" that per-user
 * overrides take precedence over), and an optional seat limit (null for none).
 */
public record Tenant(TenantId id, String name, Map<Permission, Effect> defaults, Integer seatLimit, Instant createdAt, long version) {
    public Tenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        defaults = Map.copyOf(defaults);
        if (seatLimit != null && seatLimit < 0) {
            throw new IllegalArgumentException("seatLimit must not be negative, got " + seatLimit);
        }
    }

    public Tenant withVersion(long newVersion) {
        return new Tenant(id, name, defaults, seatLimit, createdAt, newVersion);
    }

    public Tenant withDefaults(Map<Permission, Effect> newDefaults) {
        return new Tenant(id, name, newDefaults, seatLimit, createdAt, version);
    }

    public Tenant withSeatLimit(Integer newSeatLimit) {
        return new Tenant(id, name, defaults, newSeatLimit, createdAt, version);
    }
}
