package dev.roster.spi.store;

import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Some columns of one user in a list: what {@link UserQueryStore#project} returns.
 *
 * @param id the user, for the host's figures about it and to continue the list after it
 * @param sortKey the user's key in the list's order ({@link UserSort#keyOf(User)}), to continue after it
 * @param values the values of the columns asked for, in their order; null where a user has none
 */
public record ProjectedUser(UserId id, Comparable<?> sortKey, List<Object> values) {
    /**
     * Requires the id and the key, and keeps the values as given, nulls included.
     *
     * @param id the user
     * @param sortKey the user's key in the list's order
     * @param values the values of the columns asked for, in their order
     */
    public ProjectedUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sortKey, "sortKey");
        values = Collections.unmodifiableList(Arrays.asList(values.toArray()));
    }

    /**
     * The columns of a whole user, as a store that reads whole users projects them.
     *
     * @param user the user
     * @param sort the list's order
     * @param columns the columns asked for
     * @return the projection
     */
    public static ProjectedUser of(User user, UserSort sort, List<UserColumn> columns) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).of(user);
        }
        return new ProjectedUser(user.id(), sort.keyOf(user), Arrays.asList(values));
    }

    /** {@return the position to continue the list after this user} */
    public UserKeyset position() {
        return new UserKeyset(sortKey, id);
    }
}
