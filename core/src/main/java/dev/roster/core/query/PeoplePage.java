package dev.roster.core.query;


import dev.roster.core.mail.MailStatus;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.model.Person;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of the people list.
 *
 * @param items the page, in the list's order
 * @param nextCursor what to pass as the next request's cursor; empty on the last page
 * @param mail the newest mail of each invitation on the page that has one on record
 */
public record PeoplePage(List<Person> items, Optional<String> nextCursor, Map<InvitationId, MailStatus> mail) {
    /**
     * Copies the items and the mail states and requires the cursor (empty on the last page).
     *
     * @param items the page, in the list's order
     * @param nextCursor what to pass as the next request's cursor; empty on the last page
     * @param mail the newest mail of each invitation on the page that has one on record
     */
    public PeoplePage {
        items = List.copyOf(items);
        Objects.requireNonNull(nextCursor, "nextCursor");
        mail = Map.copyOf(mail);
    }

    /**
     * Where the mail of an invitation on this page stands.
     *
     * @param invitation an invitation of this page
     * @return its newest mail's status, or {@link MailStatus#NONE} (also for a member)
     */
    public MailStatus mailOf(Person invitation) {
        return invitation.openInvitation().map(i -> mail.getOrDefault(i.id(), MailStatus.NONE)).orElse(MailStatus.NONE);
    }

    /** {@return whether more follow this page} */
    public boolean hasNext() {
        return nextCursor.isPresent();
    }
}
