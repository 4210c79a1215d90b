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

    /** The bit of a permission, or -1 when it is not in the catalog. */
    public int indexOf(Permission permission) {
        Integer index = indexes.get(permission);
        return index == null ? -1 : index;
    }

    public Permission permissionAt(int index) {
        return byIndex.get(index);
    }

    public int size() {
        return byIndex.size();
    }

    public boolean contains(Permission permission) {
        return indexes.containsKey(permission);
    }
}
