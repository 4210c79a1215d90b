package dev.roster.core.permission;

import dev.roster.spi.model.Permission;
import dev.roster.spi.model.TenantId;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * A user's effective permissions in one tenant, resolved once: an immutable bitset over a
 * {@link PermissionCatalog}. The first 64 permissions live in a field, the rest in an array, so the
 * common check is one bit test on the object itself; {@link #contains(int)} allocates nothing.
 */
public final class PermissionSet {
    private final PermissionCatalog catalog;
    private final TenantId tenant;
    private final long first;
    private final long[] rest;

    private PermissionSet(PermissionCatalog catalog, TenantId tenant, long[] words) {
        this.catalog = catalog;
        this.tenant = tenant;
        this.first = words.length == 0 ? 0 : words[0];
        this.rest = words.length <= 1 ? new long[0] : Arrays.copyOfRange(words, 1, words.length);
    }

    static PermissionSet empty(PermissionCatalog catalog, TenantId tenant) {
        return new PermissionSet(catalog, tenant, new long[0]);
    }

    /** {@return the tenant the set was resolved in} */
    public TenantId tenant() {
        return tenant;
    }

    boolean belongsTo(TenantId other) {
        return tenant == other || tenant.equals(other);
    }

    /**
     * Tests a permission by its catalog index (see {@link PermissionCatalog#indexOf}).
     *
     * @param index the index
     * @return true when held; false when out of range
     */
    public boolean contains(int index) {
        if (index >>> 6 == 0) {
            return (first & (1L << index)) != 0;
        }
        int word = (index >>> 6) - 1;
        return index > 0 && word < rest.length && (rest[word] & (1L << index)) != 0;
    }

    /**
     * Tests a permission.
     *
     * @param permission the permission
     * @return true when held
     */
    public boolean contains(Permission permission) {
        return contains(catalog.indexOf(permission));
    }

    /**
     * The permissions as a sorted set, for display; checks should use {@link #contains}.
     *
     * @return the permissions held
     */
    public Set<Permission> toSet() {
        Set<Permission> result = new TreeSet<>();
        for (int i = 0; i < catalog.size(); i++) {
            if (contains(i)) {
                result.add(catalog.permissionAt(i));
            }
        }
        return result;
    }

    /**
     * The permissions of this set that {@code holder} lacks.
     *
     * @param holder the other set
     * @return them, sorted; empty when it holds them all
     */
    public Set<Permission> notHeldBy(PermissionSet holder) {
        Set<Permission> missing = new TreeSet<>();
        for (int i = 0; i < catalog.size(); i++) {
            if (contains(i) && !holder.contains(i)) {
                missing.add(catalog.permissionAt(i));
            }
        }
        return missing;
    }

    /** Equal when resolved in the same tenant over the same catalog with the same bits. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PermissionSet other && catalog == other.catalog && first == other.first
                && Arrays.equals(trimmed(rest), trimmed(other.rest)) && tenant.equals(other.tenant);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * tenant.hashCode() + Long.hashCode(first)) + Arrays.hashCode(trimmed(rest));
    }

    private static long[] trimmed(long[] words) {
        int n = words.length;
        while (n > 0 && words[n - 1] == 0) {
            n--;
        }
        return n == words.length ? words : Arrays.copyOf(words, n);
    }

    @Override
    public String toString() {
        return toSet().toString();
    }

    /** Collects bits; used by the resolver only. */
    static final class Builder {
        private final PermissionCatalog catalog;
        private final TenantId tenant;
        private final long[] words;

        Builder(PermissionCatalog catalog, TenantId tenant) {
            this.catalog = catalog;
            this.tenant = tenant;
            this.words = new long[(catalog.size() + 63) >>> 6];
        }

        void add(int index) {
            words[index >>> 6] |= 1L << index;
        }

        PermissionSet build() {
            return new PermissionSet(catalog, tenant, words);
        }
    }
}
