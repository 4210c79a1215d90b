package dev.roster.core.query;

import dev.roster.spi.model.User;
import java.util.List;

/** A page of users; {@code nextCursor} is null on the last page. */
public record UserPage(List<User> items, String nextCursor) {
    public UserPage {
        items = List.copyOf(items);
    }
}
