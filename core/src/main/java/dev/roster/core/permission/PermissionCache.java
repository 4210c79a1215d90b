package dev.roster.core.permission;

import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Resolved permission sets by user, so that a check is one hash lookup and one bit test with no
 * allocation. Roster invalidates an entry whenever it changes the user, and a tenant's entries
 * whenever it changes the tenant's defaults or groups. A host running several Roster instances on
 * one database should call {@link #invalidateAll()} (or the tenant) when another instance changed it.
 */
public final class PermissionCache {
    private final ConcurrentHashMap<UserId, Entry> entries = new ConcurrentHashMap<>();
    // Advanced by every invalidation; a load that started before one must not store what it read.
    private final AtomicLong epoch = new AtomicLong();

    /** The cached set, or null when absent or cached for another tenant. */
    public PermissionSet get(TenantId tenant, UserId user) {
        Entry entry = entries.get(user);
        return entry != null && entry.tenant.equals(tenant) ? entry.permissions : null;
    }

    /** Read before loading; pass to {@link #put} so a load that raced an invalidation is dropped. */
    public long epoch() {
        return epoch.get();
    }

    public void put(TenantId tenant, UserId user, PermissionSet permissions, long epochAtLoad) {
        Entry entry = new Entry(tenant, permissions);
        entries.put(user, entry);
        if (epoch.get() != epochAtLoad) {
            entries.remove(user, entry);
        }
    }

    public void invalidate(UserId user) {
        epoch.incrementAndGet();
        entries.remove(user);
    }

    public void invalidateTenant(TenantId tenant) {
        epoch.incrementAndGet();
        entries.values().removeIf(e -> e.tenant.equals(tenant));
    }

    public void invalidateAll() {
        epoch.incrementAndGet();
        entries.clear();
    }

    private record Entry(TenantId tenant, PermissionSet permissions) {
    }
}
