package dev.roster.spi.store;

import dev.roster.spi.model.Group;
import dev.roster.spi.model.GroupId;
import dev.roster.spi.model.TenantId;
import java.util.List;
import java.util.Optional;

/** Groups. Names are unique per tenant, case-insensitively (folded with Locale.ROOT). */
public interface GroupStore {
    Optional<Group> find(TenantId tenant, GroupId id);

    /** All groups of a tenant, by name. Tenants have few groups. */
    List<Group> list(TenantId tenant);

    /** @throws dev.roster.spi.error.DuplicateKeyException DUPLICATE_ID or DUPLICATE_NAME */
    void insert(Group group);

    /**
     * @throws dev.roster.spi.error.StaleVersionException when the stored version differs
     * @throws dev.roster.spi.error.DuplicateKeyException DUPLICATE_NAME
     */
    Group update(Group group);

    boolean delete(TenantId tenant, GroupId id);
}
