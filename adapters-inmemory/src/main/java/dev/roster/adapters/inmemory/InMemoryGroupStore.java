package dev.roster.adapters.inmemory;

import dev.roster.adapters.inmemory.InMemoryData.Key;
import dev.roster.spi.error.DuplicateKeyException;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.StaleVersionException;
import dev.roster.spi.model.Group;
import dev.roster.spi.model.GroupId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.store.GroupStore;
import dev.roster.spi.store.StoredValues;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

final class InMemoryGroupStore implements GroupStore {
    private final InMemoryData data;

    InMemoryGroupStore(InMemoryData data) {
        this.data = data;
    }

    @Override
    public Optional<Group> find(TenantId tenant, GroupId id) {
        return Optional.ofNullable(data.groups.get(id)).filter(g -> g.tenantId().equals(tenant));
    }

    @Override
    public List<Group> list(TenantId tenant) {
        return data.groups.values().stream()
                .filter(g -> g.tenantId().equals(tenant))
                .sorted(Comparator.comparing((Group g) -> g.name().toLowerCase(Locale.ROOT)).thenComparing(Group::id))
                .toList();
    }

    @Override
    public void insert(Group group) {
        StoredValues.check(group);
        if (data.groups.containsKey(group.id())) {
            throw new DuplicateKeyException(ErrorCode.DUPLICATE_ID, "group " + group.id() + " already exists");
        }
        checkName(group);
        data.groups.put(group.id(), group);
        data.groupByName.put(nameKey(group), group.id());
    }

    @Override
    public Group update(Group group) {
        StoredValues.check(group);
        Group stored = data.groups.get(group.id());
        if (stored == null || !stored.tenantId().equals(group.tenantId()) || stored.version() != group.version()) {
            throw new StaleVersionException("group", group.id(), group.version());
        }
        checkName(group);
        data.groupByName.remove(nameKey(stored));
        Group next = group.withVersion(group.version() + 1);
        data.groups.put(next.id(), next);
        data.groupByName.put(nameKey(next), next.id());
        return next;
    }

    @Override
    public boolean delete(TenantId tenant, GroupId id) {
        Optional<Group> stored = find(tenant, id);
        stored.ifPresent(g -> {
            data.groupByName.remove(nameKey(g));
            data.groups.remove(id);
        });
        return stored.isPresent();
    }

    private void checkName(Group group) {
        GroupId other = data.groupByName.get(nameKey(group));
        if (other != null && !other.equals(group.id())) {
            throw new DuplicateKeyException(ErrorCode.DUPLICATE_NAME, "group name '" + group.name() + "' is taken in tenant " + group.tenantId());
        }
    }

    private static Key nameKey(Group group) {
        return new Key(group.tenantId(), group.name().toLowerCase(Locale.ROOT));
    }
}
