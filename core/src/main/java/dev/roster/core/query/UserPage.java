package dev.roster.core.query;

import dev.roster.spi.model.User;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of users.
 *
 * @param items the page, in the list's order
 * @param nextCursor what to pass as the next request's cursor; empty on the last page
 */
public record UserPage(List<User> items, Optional<String> nextCursor) {
    /**
     * Copies the items and requires the cursor (empty on the last page).
     *
     * @param items the page, in the list's order
     * @param nextCursor what to pass as the next request's cursor; empty on the last page
     */
    public UserPage {
        items = List.copyOf(items);
        Objects.requireNonNull(nextCursor, "nextCursor");
    }

    /** {@return whether more follow this page} */
    public boolean hasNext() {
        return nextCursor.isPresent();
    }
}
