package dev.roster.core.invitation;

import dev.roster.core.access.OneTimeToken;
import dev.roster.core.mail.MailDelivery;
import dev.roster.spi.model.Invitation;

/**
 * The outcome of an invite or resend: the stored invitation, its token (the only time it can be
 * read; a host that shows a "copy invite link" button uses it) and where its mail stands:
 * {@link MailDelivery#QUEUED} (it goes out through the outbox once the change commits), or
 * {@link MailDelivery#NONE} when Roster was built without mail.
 *
 * @param invitation the invitation as stored
 * @param token the token of its link
 * @param mail where its mail stands
 */
public record InvitationReceipt(Invitation invitation, OneTimeToken token, MailDelivery mail) {
}
