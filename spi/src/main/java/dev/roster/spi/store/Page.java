package dev.roster.spi.store;

import java.util.List;

/** One page of results and whether more follow after its last item. */
public record Page<T>(List<T> items, boolean hasMore) {
    /**
     * Copies the items.
     *
     * @param items the items
     * @param hasMore the has more
     */
    public Page {
        items = List.copyOf(items);
    }

    /**
     * The page from up to {@code limit + 1} rows read in order: the extra row only says that more follow.
     *
     * @param <T> the item type
     * @param rows the rows read
     * @param limit the page size
     * @return the page
     */
    public static <T> Page<T> ofOneMore(List<T> rows, int limit) {
        boolean more = rows.size() > limit;
        return new Page<>(more ? rows.subList(0, limit) : rows, more);
    }
}
