package dev.roster.core.query;

import dev.roster.core.validation.Normalized;
import dev.roster.core.validation.PlainText;
import dev.roster.spi.model.Limits;
import dev.roster.spi.model.PersonStatus;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.store.UserSort;
import dev.roster.spi.text.TextKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * One page of the people list: members and open invitations together. Null or empty filters are off.
 * {@code cursor} is the {@code nextCursor} of the previous page (null for the first) and must come from
 * a people list with the same sort.
 *
 * @param statuses e.g. {ACTIVE, SUSPENDED, PENDING} for "Active, Inactive, Pending"; empty for everyone
 * @param text case-insensitive substring of a member's name, email or username, or of an invitee's name or email
 * @param roles people holding (deleted: having held; invited: being given) one of these roles
 * @param userTypes people of (or invited as) these user types
 * @param sort the order; an invitee sorts by its name (its address when it has none) and as never signed in
 * @param descending whether the order runs backwards
 * @param cursor the previous page's {@code nextCursor}, or null
 * @param limit the page size, 1 to 500
 */
public record PeopleListRequest(
        Set<@NotNull PersonStatus> statuses,
        @Size(max = Limits.SEARCH_TEXT) @PlainText String text,
        @Size(max = Directory.MAX_FILTER_VALUES) Set<@NotNull RoleId> roles,
        @Size(max = Directory.MAX_FILTER_VALUES) Set<@NotNull @Size(max = Limits.USER_TYPE) @PlainText(TextKind.IDENTIFIER) String> userTypes,
        @NotNull UserSort sort,
        boolean descending,
        @Size(max = 2048) String cursor,
        @Min(1) @Max(500) int limit) {

    /**
     * Normalises the search text.
     *
     * @param statuses the statuses; empty for everyone
     * @param text the search text
     * @param roles the roles
     * @param userTypes the user types
     * @param sort the order
     * @param descending whether the order runs backwards
     * @param cursor the previous page's {@code nextCursor}, or null
     * @param limit the page size, 1 to 500
     */
    public PeopleListRequest {
        text = Normalized.line(text);
    }

    /**
     * Everyone (members of every status and open invitations), newest first.
     *
     * @param limit the page size, 1 to 500
     * @return the request
     */
    public static PeopleListRequest everyone(int limit) {
        return new PeopleListRequest(null, null, null, null, UserSort.CREATED, true, null, limit);
    }

    /**
     * Lists only people with these statuses.
     *
     * @param value the filter; null or empty for none
     * @return the changed request
     */
    public PeopleListRequest withStatuses(Set<PersonStatus> value) {
        return new PeopleListRequest(value, text, roles, userTypes, sort, descending, cursor, limit);
    }

    /**
     * Lists only people whose name or email (or a member's username) holds this text.
     *
     * @param value the filter; null or empty for none
     * @return the changed request
     */
    public PeopleListRequest withText(String value) {
        return new PeopleListRequest(statuses, value, roles, userTypes, sort, descending, cursor, limit);
    }

    /**
     * Lists only people holding, having held or being given one of these roles.
     *
     * @param value the filter; null or empty for none
     * @return the changed request
     */
    public PeopleListRequest withRoles(Set<RoleId> value) {
        return new PeopleListRequest(statuses, text, value, userTypes, sort, descending, cursor, limit);
    }

    /**
     * Lists only people of (or invited as) these user types.
     *
     * @param value the filter; null or empty for none
     * @return the changed request
     */
    public PeopleListRequest withUserTypes(Set<String> value) {
        return new PeopleListRequest(statuses, text, roles, value, sort, descending, cursor, limit);
    }

    /**
     * Orders the list.
     *
     * @param value the order
     * @param desc true for descending
     * @return the changed request
     */
    public PeopleListRequest withSort(UserSort value, boolean desc) {
        return new PeopleListRequest(statuses, text, roles, userTypes, value, desc, cursor, limit);
    }

    /**
     * Continues with the page after the one whose {@code nextCursor} this is.
     *
     * @param value the cursor
     * @return the changed request
     */
    public PeopleListRequest withCursor(String value) {
        return new PeopleListRequest(statuses, text, roles, userTypes, sort, descending, value, limit);
    }

    /**
     * Sets the page size.
     *
     * @param value 1 to 500
     * @return the changed request
     */
    public PeopleListRequest withLimit(int value) {
        return new PeopleListRequest(statuses, text, roles, userTypes, sort, descending, cursor, value);
    }
}
