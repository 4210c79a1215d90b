package dev.roster.spi.store;

import java.util.List;

/** One page of results and whether more follow after its last item. */
public record Page<T>(List<T> items, boolean hasMore) {
    public Page {
        items = List.copyOf(items);
    }
}
