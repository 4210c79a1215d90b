package dev.roster.spi.store;

import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import dev.roster.spi.model.UserStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A filtered, ordered page of a tenant's users. Empty sets and null values mean "no filter".
 *
 * @param now the instant the list is read at: a DELETED user whose purge-after instant is at or
 *     before it is gone (as if the purge had run) and is never listed
 * @param anyRole users holding at least one of these roles; a DELETED user is matched by the roles it
 *     had before its deletion ({@link dev.roster.spi.model.Deletion#priorRoles()})
 * @param text case-insensitive substring of display name, canonical email or username; plain text,
 *     never a pattern (a store escapes LIKE wildcards), one line (so it never spans two fields). A text shorter than
 *     {@link #MIN_SUBSTRING_LENGTH} characters may match at the start of those fields only, so a
 *     store can answer it from an ordinary index
 * @param registeredFrom inclusive lower bound on the creation instant
 * @param registeredTo exclusive upper bound on the creation instant
 * @param promoCode exact promo code
 * @param referredBy users who signed up with this member's referral code
 * @param after keyset position to continue after, or null for the first page
 */
public record UserQuery(
        TenantId tenant,
        Instant now,
        Set<UserStatus> statuses,
        String text,
        Set<RoleId> anyRole,
        Set<String> userTypes,
        Instant registeredFrom,
        Instant registeredTo,
        String promoCode,
        UserId referredBy,
        UserSort sort,
        boolean descending,
        UserKeyset after,
        int limit) {

    /**
     * A query without the referrer filter.
     *
     * @param tenant the tenant
     * @param now the instant the list is read at
     * @param statuses the statuses
     * @param text the search text
     * @param anyRole users holding at least one of these roles
     * @param userTypes the user types
     * @param registeredFrom inclusive lower bound on the creation instant
     * @param registeredTo exclusive upper bound on the creation instant
     * @param promoCode exact promo code
     * @param sort the sort
     * @param descending the descending
     * @param after keyset position to continue after, or null for the first page
     * @param limit the limit
     */
    public UserQuery(TenantId tenant, Instant now, Set<UserStatus> statuses, String text, Set<RoleId> anyRole, Set<String> userTypes,
            Instant registeredFrom, Instant registeredTo, String promoCode, UserSort sort, boolean descending, UserKeyset after, int limit) {
        this(tenant, now, statuses, text, anyRole, userTypes, registeredFrom, registeredTo, promoCode, null, sort, descending, after, limit);
    }

    /** Shortest text a store must match anywhere inside a field (a trigram index needs three). */
    public static final int MIN_SUBSTRING_LENGTH = 3;

    /**
     * Requires the tenant, the instant and the sort, copies the sets, and refuses text or instants no store can hold.
     *
     * @param tenant the tenant
     * @param now the instant the list is read at: a DELETED user whose purge-after instant is at or before it is gone (as if the purge had run) and is never listed
     * @param statuses the statuses
     * @param text case-insensitive substring of display name, canonical email or username; plain text, never a pattern (a store escapes LIKE wildcards), one line (so it never spans two fields). A text shorter than {@link #MIN_SUBSTRING_LENGTH} characters may match at the start of those fields only, so a store can answer it from an ordinary index
     * @param anyRole users holding at least one of these roles; a DELETED user is matched by the roles it had before its deletion ({@link dev.roster.spi.model.Deletion#priorRoles()})
     * @param userTypes the user types
     * @param registeredFrom inclusive lower bound on the creation instant
     * @param registeredTo exclusive upper bound on the creation instant
     * @param promoCode exact promo code
     * @param referredBy users who signed up with this member's referral code, or null for any
     * @param sort the sort
     * @param descending the descending
     * @param after keyset position to continue after, or null for the first page
     * @param limit the limit
     */
    public UserQuery {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(sort, "sort");
        StoredValues.bound("now", now);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        anyRole = anyRole == null ? Set.of() : Set.copyOf(anyRole);
        userTypes = userTypes == null ? Set.of() : Set.copyOf(userTypes);
        StoredValues.searchText(text);
        StoredValues.bound("registeredFrom", registeredFrom);
        StoredValues.bound("registeredTo", registeredTo);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
    }

    /**
     * The same list, continued after a position: the next page of a listing already checked.
     *
     * @param position the keyset position to continue after
     * @return the query for the following page
     */
    public UserQuery continuing(UserKeyset position) {
        return new UserQuery(tenant, now, statuses, text, anyRole, userTypes, registeredFrom, registeredTo, promoCode, referredBy, sort,
                descending, Objects.requireNonNull(position, "position"), limit);
    }
}
