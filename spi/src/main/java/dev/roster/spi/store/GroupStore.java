package dev.roster.spi.store;

import dev.roster.spi.model.Group;
import dev.roster.spi.model.GroupId;
import dev.roster.spi.model.TenantId;
import java.util.List;
import java.util.Optional;

/** Groups. Names are unique per tenant, case-insensitively (folded with Locale.ROOT). */
public interface GroupStore {
    /**
     * A group of the tenant.
     *
     * @param tenant the tenant
     * @param id the group
     * @return the group, or empty
     */
    Optional<Group> find(TenantId tenant, GroupId id);

    /**
     * All groups of a tenant, by name. Tenants have few groups.
     *
     * @param tenant the tenant
     * @return the groups
     */
    List<Group> list(TenantId tenant);

    /**
     * Inserts a group.
     *
     * @param group the group
     * @throws dev.roster.spi.error.DuplicateKeyException DUPLICATE_ID or DUPLICATE_NAME
     */
    void insert(Group group);

    /**
     * Writes {@code group} if the stored version equals its version, advancing it by one.
     *
     * @param group the group
     * @return the stored group with its new version
     * @throws dev.roster.spi.error.StaleVersionException when the stored version differs
     * @throws dev.roster.spi.error.DuplicateKeyException DUPLICATE_NAME
     */
    Group update(Group group);

    /**
     * Removes a group.
     *
     * @param tenant the tenant
     * @param id the group
     * @return false when there was nothing to remove
     */
    boolean delete(TenantId tenant, GroupId id);
}
