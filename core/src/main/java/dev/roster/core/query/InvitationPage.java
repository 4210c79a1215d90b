package dev.roster.core.query;

import dev.roster.core.mail.MailStatus;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of invitations, with where each one's mail stands.
 *
 * @param items the page, in the list's order
 * @param nextCursor what to pass as the next request's cursor; empty on the last page
 * @param mail the newest mail of each invitation that has one on record
 */
public record InvitationPage(List<Invitation> items, Optional<String> nextCursor, Map<InvitationId, MailStatus> mail) {
    /**
     * Copies the items and the mail states and requires the cursor (empty on the last page).
     *
     * @param items the page, in the list's order
     * @param nextCursor what to pass as the next request's cursor; empty on the last page
     * @param mail the newest mail of each invitation that has one on record
     */
    public InvitationPage {
        items = List.copyOf(items);
        Objects.requireNonNull(nextCursor, "nextCursor");
        mail = Map.copyOf(mail);
    }

    /**
     * Where an invitation's mail stands.
     *
     * @param invitation an invitation of this page
     * @return its newest mail's status, or {@link MailStatus#NONE}
     */
    public MailStatus mailOf(InvitationId invitation) {
        return mail.getOrDefault(invitation, MailStatus.NONE);
    }

    /** {@return whether more follow this page} */
    public boolean hasNext() {
        return nextCursor.isPresent();
    }
}
