package dev.roster.core.query;

import dev.roster.spi.model.Person;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of the people list.
 *
 * @param items the page, in the list's order
 * @param nextCursor what to pass as the next request's cursor; empty on the last page
 */
public record PeoplePage(List<Person> items, Optional<String> nextCursor) {
    /**
     * Copies the items and requires the cursor (empty on the last page).
     *
     * @param items the page, in the list's order
     * @param nextCursor what to pass as the next request's cursor; empty on the last page
     */
    public PeoplePage {
        items = List.copyOf(items);
        Objects.requireNonNull(nextCursor, "nextCursor");
    }

    /** {@return whether more follow this page} */
    public boolean hasNext() {
        return nextCursor.isPresent();
    }
}
