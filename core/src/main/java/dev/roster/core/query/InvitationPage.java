package dev.roster.core.query;

import dev.roster.spi.model.Invitation;
import java.util.List;

/** A page of invitations; {@code nextCursor} is null on the last page. */
public record InvitationPage(List<Invitation> items, String nextCursor) {
    public InvitationPage {
        items = List.copyOf(items);
    }
}
