package dev.roster.spi.store;

import dev.roster.spi.model.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * The stores reachable inside one unit of work. Everything done through them between the start and
 * the end of {@link RosterStore#inTransaction} commits or rolls back together.
 */
public interface StoreTransaction {
    /** {@return Tenants in this unit of work} */
    TenantStore tenants();

    /** {@return Users in this unit of work} */
    UserStore users();

    /** {@return Lists and counts of users in this unit of work} */
    UserQueryStore userQueries();

    /** {@return Invitations in this unit of work} */
    InvitationStore invitations();

    /** {@return Groups in this unit of work} */
    GroupStore groups();

    /** {@return The audit trail in this unit of work} */
    AuditStore audit();

    /**
     * The port of an optional {@link Capability} in this unit of work, or empty when the store does
     * not offer it. A store overrides this for the capabilities it lists in
     * {@link RosterStore#capabilities()}; the default offers none, which keeps stores written
     * against an older SPI working unchanged.
     *
     * @param <P> the port's type
     * @param capability the capability
     * @return the port, or empty
     */
    default <P> Optional<P> port(Capability<P> capability) {
        return Optional.empty();
    }

    /**
     * User and invitation counts together, for screens that show both. This default asks the two
     * stores; a store that can answer in one round trip overrides it, and must agree with them.
     *
     * @param tenant the tenant
     * @param now the instant to judge at
     * @return both counts
     */
    default TenantCounts counts(TenantId tenant, Instant now) {
        return new TenantCounts(userQueries().countByStatusAndType(tenant, now), invitations().countByStatus(tenant, now));
    }

    /**
     * One keyset page of the people list: members and open invitations together, ordered as
     * {@link PeopleQuery} describes. This default builds it from the two stores (a page of members at a
     * time, and every open invitation of the tenant each call), which is right on any store but reads
     * all open invitations per page; a store that can answer in one query overrides it, and must agree
     * with it ({@code PeopleQueryContract}).
     *
     * @param query the filters and position
     * @return the page
     */
    default Page<dev.roster.spi.model.Person> people(PeopleQuery query) {
        return PeopleFromPorts.page(this, query);
    }
}
