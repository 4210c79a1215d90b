package dev.roster.core.permission;

import dev.roster.spi.model.Permission;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * A user's effective permissions, resolved once: an immutable bitset over a {@link PermissionCatalog}.
 * {@link #contains(int)} is a bounds check and a bit test; it allocates nothing.
 */
public final class PermissionSet {
    private final PermissionCatalog catalog;
    private final long[] words;

    PermissionSet(PermissionCatalog catalog, long[] words) {
        this.catalog = catalog;
        this.words = words;
    }

    static PermissionSet empty(PermissionCatalog catalog) {
        return new PermissionSet(catalog, new long[0]);
    }

    /** Tests a permission by its catalog index (see {@link PermissionCatalog#indexOf}). */
    public boolean contains(int index) {
        int word = index >>> 6;
        return index >= 0 && word < words.length && (words[word] & (1L << index)) != 0;
    }

    public boolean contains(Permission permission) {
        return contains(catalog.indexOf(permission));
    }

    public boolean isEmpty() {
        for (long word : words) {
            if (word != 0) {
                return false;
            }
        }
        return true;
    }

    /** The permissions as a sorted set, for display; checks should use {@link #contains}. */
    public Set<Permission> toSet() {
        Set<Permission> result = new TreeSet<>();
        for (int i = 0; i < words.length * 64; i++) {
            if (contains(i)) {
                result.add(catalog.permissionAt(i));
            }
        }
        return result;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PermissionSet other && catalog == other.catalog && Arrays.equals(trim(words), trim(other.words));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(trim(words));
    }

    private static long[] trim(long[] words) {
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
        private final long[] words;

        Builder(PermissionCatalog catalog) {
            this.catalog = catalog;
            this.words = new long[(catalog.size() + 63) >>> 6];
        }

        void add(int index) {
            words[index >>> 6] |= 1L << index;
        }

        PermissionSet build() {
            return new PermissionSet(catalog, words.clone());
        }
    }
}
