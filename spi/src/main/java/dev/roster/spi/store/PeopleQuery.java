package dev.roster.spi.store;

import dev.roster.spi.model.PersonStatus;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A filtered, ordered page of a tenant's people: its members and its open invitations in one list,
 * ordered by (sort key, kind, id) with members before invitations on equal keys. Empty sets and null
 * values mean "no filter".
 *
 * <p>An invitation's keys: CREATED is when it was made, NAME is {@link dev.roster.spi.model.Invitation#sortName()},
 * EMAIL its canonical address, LAST_LOGIN is {@link UserSort#NEVER}. A member's are {@link UserSort#keyOf}.
 *
 * @param now the instant the list is read at: an invitation at or past its expiry is no longer open, and a
 *     deleted member past its window is gone
 * @param statuses the statuses to list, as {@link dev.roster.spi.model.PersonStatus#of} tells a member's
 * @param publicTypes the policy's public user types: an active member of one is PUBLIC, not ACTIVE
 * @param text case-insensitive substring, plain text, of a member's name, address or username, or of an
 *     invitee's name or address; shorter than {@link UserQuery#MIN_SUBSTRING_LENGTH} it may match at the
 *     start of those fields only
 * @param anyRole people holding (or, deleted, having held, or, invited, being given) one of these roles
 * @param userTypes people of (or invited as) these user types
 * @param after keyset position to continue after, or null for the first page
 */
public record PeopleQuery(
        TenantId tenant,
        Instant now,
        Set<PersonStatus> statuses,
        Set<String> publicTypes,
        String text,
        Set<RoleId> anyRole,
        Set<String> userTypes,
        UserSort sort,
        boolean descending,
        PersonKeyset after,
        int limit) {

    /**
     * Requires the tenant, the instant and the sort, copies the sets, and refuses text or instants no store can hold.
     *
     * @param tenant the tenant
     * @param now the instant the list is read at
     * @param statuses the statuses to list
     * @param publicTypes the policy's public user types
     * @param text the search text
     * @param anyRole people holding one of these roles
     * @param userTypes people of these user types
     * @param sort the order
     * @param descending whether it runs backwards
     * @param after keyset position to continue after, or null for the first page
     * @param limit the page size
     */
    public PeopleQuery {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(sort, "sort");
        StoredValues.bound("now", now);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        publicTypes = publicTypes == null ? Set.of() : Set.copyOf(publicTypes);
        anyRole = anyRole == null ? Set.of() : Set.copyOf(anyRole);
        userTypes = userTypes == null ? Set.of() : Set.copyOf(userTypes);
        StoredValues.searchText(text);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
    }

    /** {@return whether the list can hold a member: some member status is asked for, or none is} */
    public boolean listsMembers() {
        return statuses.isEmpty() || statuses.stream().anyMatch(s -> s != PersonStatus.PENDING);
    }

    /** {@return whether the list can hold open invitations} */
    public boolean listsInvitations() {
        return statuses.isEmpty() || statuses.contains(PersonStatus.PENDING);
    }

    /**
     * The same list, continued after a position.
     *
     * @param position the keyset position to continue after
     * @return the query for the following page
     */
    public PeopleQuery continuing(PersonKeyset position) {
        return new PeopleQuery(tenant, now, statuses, publicTypes, text, anyRole, userTypes, sort, descending,
                Objects.requireNonNull(position, "position"), limit);
    }
}
