package dev.roster.spi.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A tenant: its name, its tenant-wide permission defaults (the "global limits" that per-user
 * overrides take precedence over), and an optional seat limit (null for none).
 */
public record Tenant(TenantId id, String name, Map<Permission, Effect> defaults, Integer seatLimit, Instant createdAt, long version) {
    /**
     * Checks the fields and copies the defaults; a seat limit is never negative.
     *
     * @param id the id
     * @param name the name
     * @param defaults the defaults
     * @param seatLimit the seat limit
     * @param createdAt the created at
     * @param version the version
     */
    public Tenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        defaults = Map.copyOf(defaults);
        if (seatLimit != null && seatLimit < 0) {
            throw new IllegalArgumentException("seatLimit must not be negative, got " + seatLimit);
        }
    }

    /**
     * This tenant at another version; stores use it to advance the version on update.
     *
     * @param newVersion the version
     * @return the tenant at that version
     */
    public Tenant withVersion(long newVersion) {
        return new Tenant(id, name, defaults, seatLimit, createdAt, newVersion);
    }

    /**
     * This tenant with other permission defaults.
     *
     * @param newDefaults the defaults
     * @return the changed tenant
     */
    public Tenant withDefaults(Map<Permission, Effect> newDefaults) {
        return new Tenant(id, name, newDefaults, seatLimit, createdAt, version);
    }

    /**
     * This tenant with another seat limit.
     *
     * @param newSeatLimit the limit; null for none
     * @return the changed tenant
     */
    public Tenant withSeatLimit(Integer newSeatLimit) {
        return new Tenant(id, name, defaults, newSeatLimit, createdAt, version);
    }
}
