package dev.roster.core.permission;

import dev.roster.spi.model.Permission;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Numbers the policy's permissions so that a set of them is a bitset and a check is a bit test. */
public final class PermissionCatalog {
    private final ImmutableMap<Permission, Integer> indexes;
    private final List<Permission> byIndex;

    /**
     * A catalog in the permissions' natural order.
     *
     * @param permissions the policy's permissions
     */
    public PermissionCatalog(Collection<Permission> permissions) {
        List<Permission> sorted = new ArrayList<>(permissions);
        sorted.sort(null);
        ImmutableMap.Builder<Permission, Integer> builder = ImmutableMap.builderWithExpectedSize(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            builder.put(sorted.get(i), i);
        }
        this.indexes = builder.build();
        this.byIndex = List.copyOf(sorted);
    }

    /**
     * The index of a permission.
     *
     * @param permission the permission
     * @return its index, or -1 when it is not in the catalog
     */
    public int indexOf(Permission permission) {
        Integer index = indexes.get(permission);
        return index == null ? -1 : index;
    }

    /**
     * The permission at an index.
     *
     * @param index from 0 to {@link #size()} - 1
     * @return the permission
     */
    public Permission permissionAt(int index) {
        return byIndex.get(index);
    }

    /** {@return how many permissions the catalog holds} */
    public int size() {
        return byIndex.size();
    }

    /**
     * Whether the catalog holds a permission.
     *
     * @param permission the permission
     * @return true when it does
     */
    public boolean contains(Permission permission) {
        return indexes.containsKey(permission);
    }
}
