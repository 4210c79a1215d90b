package dev.roster.core.query;

import dev.roster.core.validation.Normalized;
import dev.roster.core.validation.PlainText;
import dev.roster.core.validation.StorableTime;
import dev.roster.spi.model.Limits;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.UserId;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.UserSort;
import dev.roster.spi.text.TextKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;

/**
 * One page of a user list. Null or empty filters are off. {@code cursor} is the {@code nextCursor}
 * of the previous page (null for the first) and must come from a request with the same sort.
 *
 * @param statuses e.g. {ACTIVE, SUSPENDED} for the members tab, {DELETED} for "recently deleted"
 * @param text case-insensitive substring of name, email or username
 * @param registeredFrom inclusive
 * @param registeredTo exclusive
 */
public record UserListRequest(
        Set<@NotNull UserStatus> statuses,
        @Size(max = Limits.SEARCH_TEXT) @PlainText String text,
        @Size(max = Directory.MAX_FILTER_VALUES) Set<@NotNull RoleId> roles,
        @Size(max = Directory.MAX_FILTER_VALUES) Set<@NotNull @Size(max = Limits.USER_TYPE) @PlainText(TextKind.IDENTIFIER) String> userTypes,
        @StorableTime Instant registeredFrom,
        @StorableTime Instant registeredTo,
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String promoCode,
        UserId referredBy,
        @NotNull UserSort sort,
        boolean descending,
        @Size(max = 2048) String cursor,
        @Min(1) @Max(500) int limit) {

    /**
     * Normalises the search text.
     *
     * @param statuses e.g. {ACTIVE, SUSPENDED} for the members tab, {DELETED} for "recently deleted"
     * @param text case-insensitive substring of name, email or username
     * @param roles the roles
     * @param userTypes the user types
     * @param registeredFrom inclusive
     * @param registeredTo exclusive
     * @param promoCode the promo code
     * @param referredBy users who signed up with this member's referral code
     * @param sort the sort
     * @param descending the descending
     * @param cursor the cursor
     * @param limit the limit
     */
    public UserListRequest {
        text = Normalized.line(text);
    }

    /**
     * A request without the referrer filter.
     *
     * @param statuses e.g. {ACTIVE, SUSPENDED} for the members tab, {DELETED} for "recently deleted"
     * @param text case-insensitive substring of name, email or username
     * @param roles the roles
     * @param userTypes the user types
     * @param registeredFrom inclusive
     * @param registeredTo exclusive
     * @param promoCode the promo code
     * @param sort the sort
     * @param descending the descending
     * @param cursor the cursor
     * @param limit the limit
     */
    public UserListRequest(Set<UserStatus> statuses, String text, Set<RoleId> roles, Set<String> userTypes, Instant registeredFrom,
            Instant registeredTo, String promoCode, UserSort sort, boolean descending, String cursor, int limit) {
        this(statuses, text, roles, userTypes, registeredFrom, registeredTo, promoCode, null, sort, descending, cursor, limit);
    }

    /**
     * The users who signed up with {@code referrer}'s referral code ("users referred by").
     *
     * @param referrer the member, or null for no filter
     * @return the request
     */
    public UserListRequest withReferredBy(UserId referrer) {
        return new UserListRequest(statuses, text, roles, userTypes, registeredFrom, registeredTo, promoCode, referrer, sort, descending, cursor,
                limit);
    }

    /**
     * The members tab (active and suspended), newest first.
     *
     * @param limit the page size, 1 to 500
     * @return the request
     */
    public static UserListRequest members(int limit) {
        return new UserListRequest(Set.of(UserStatus.ACTIVE, UserStatus.SUSPENDED), null, null, null, null, null, null,
                UserSort.CREATED, true, null, limit);
    }

    /**
     * Every user that is not gone, of any status, newest first.
     *
     * @param limit the page size, 1 to 500
     * @return the request
     */
    public static UserListRequest all(int limit) {
        return new UserListRequest(null, null, null, null, null, null, null, UserSort.CREATED, true, null, limit);
    }

    /**
     * The "recently deleted" tab, newest first.
     *
     * @param limit the page size, 1 to 500
     * @return the request
     */
    public static UserListRequest recentlyDeleted(int limit) {
        return new UserListRequest(Set.of(UserStatus.DELETED), null, null, null, null, null, null, UserSort.CREATED, true, null, limit);
    }

    /**
     * Lists only users with these statuses.
     *
     * @param value the filter; null or empty for none
     * @return the changed request
     */
    public UserListRequest withStatuses(Set<UserStatus> value) {
        return new UserListRequest(value, text, roles, userTypes, registeredFrom, registeredTo, promoCode, referredBy, sort, descending, cursor, limit);
    }

    /**
     * Lists only users whose name, email or username holds this text.
     *
     * @param value the filter; null or empty for none
     * @return the changed request
     */
    public UserListRequest withText(String value) {
        return new UserListRequest(statuses, value, roles, userTypes, registeredFrom, registeredTo, promoCode, referredBy, sort, descending, cursor, limit);
    }

    /**
     * Lists only users holding (or, deleted, having held) one of these roles.
     *
     * @param value the filter; null or empty for none
     * @return the changed request
     */
    public UserListRequest withRoles(Set<RoleId> value) {
        return new UserListRequest(statuses, text, value, userTypes, registeredFrom, registeredTo, promoCode, referredBy, sort, descending, cursor, limit);
    }

    /**
     * Orders the list.
     *
     * @param value the order
     * @param desc true for descending
     * @return the changed request
     */
    public UserListRequest withSort(UserSort value, boolean desc) {
        return new UserListRequest(statuses, text, roles, userTypes, registeredFrom, registeredTo, promoCode, referredBy, value, desc, cursor, limit);
    }

    /**
     * Continues with the page after the one whose {@code nextCursor} this is.
     *
     * @param value the cursor
     * @return the changed request
     */
    public UserListRequest withCursor(String value) {
        return new UserListRequest(statuses, text, roles, userTypes, registeredFrom, registeredTo, promoCode, referredBy, sort, descending, value, limit);
    }

    /**
     * Sets the page size.
     *
     * @param value 1 to 500
     * @return the changed request
     */
    public UserListRequest withLimit(int value) {
        return new UserListRequest(statuses, text, roles, userTypes, registeredFrom, registeredTo, promoCode, referredBy, sort, descending, cursor, value);
    }

    /**
     * Lists only users of these types.
     *
     * @param value the filter; null or empty for none
     * @return the changed request
     */
    public UserListRequest withUserTypes(Set<String> value) {
        return new UserListRequest(statuses, text, roles, value, registeredFrom, registeredTo, promoCode, referredBy, sort, descending, cursor, limit);
    }

    /**
     * Lists only users registered in {@code [from, to)} with this promo code; null for no bound.
     *
     * @param from the first instant
     * @param to the instant after the last
     * @param promo the promo code
     * @return the changed request
     */
    public UserListRequest withRegistration(Instant from, Instant to, String promo) {
        return new UserListRequest(statuses, text, roles, userTypes, from, to, promo, referredBy, sort, descending, cursor, limit);
    }
}
