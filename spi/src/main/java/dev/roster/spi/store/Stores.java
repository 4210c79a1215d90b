package dev.roster.spi.store;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The stores of one unit of work, as a value: adapters hand one of these to the work they run.
 *
 * @param tenants tenants
 * @param users users
 * @param userQueries lists and counts of users
 * @param invitations invitations
 * @param groups groups
 * @param audit the audit trail
 * @param ports the ports of the optional capabilities offered, by capability
 */
public record Stores(
        TenantStore tenants,
        UserStore users,
        UserQueryStore userQueries,
        InvitationStore invitations,
        GroupStore groups,
        AuditStore audit,
        Map<Capability<?>, Object> ports) implements StoreTransaction {

    /**
     * Copies the ports, and refuses a port that does not implement its capability's interface.
     *
     * @param tenants tenants
     * @param users users
     * @param userQueries lists and counts of users
     * @param invitations invitations
     * @param groups groups
     * @param audit the audit trail
     * @param ports the ports of the optional capabilities offered, by capability
     */
    public Stores {
        ports = Map.copyOf(ports);
        ports.forEach((capability, port) -> {
            if (!capability.port().isInstance(port)) {
                throw new IllegalArgumentException("the port for " + capability.name() + " must implement " + capability.port().getName());
            }
        });
    }

    /**
     * The stores of a unit of work that offers no optional capability.
     *
     * @param tenants tenants
     * @param users users
     * @param userQueries lists and counts of users
     * @param invitations invitations
     * @param groups groups
     * @param audit the audit trail
     */
    public Stores(TenantStore tenants, UserStore users, UserQueryStore userQueries, InvitationStore invitations, GroupStore groups,
            AuditStore audit) {
        this(tenants, users, userQueries, invitations, groups, audit, Map.of());
    }

    @Override
    public <P> Optional<P> port(Capability<P> capability) {
        Objects.requireNonNull(capability, "capability");
        return Optional.ofNullable(ports.get(capability)).map(capability.port()::cast);
    }
}
