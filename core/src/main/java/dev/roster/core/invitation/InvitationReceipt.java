package dev.roster.core.invitation;

import dev.roster.core.access.OneTimeToken;
import dev.roster.spi.model.Invitation;

/**
 * The outcome of an invite or resend: the stored invitation, its token (the only time it can be
 * read; hosts that send their own links use it) and whether the mailer accepted the message.
 */
public record InvitationReceipt(Invitation invitation, OneTimeToken token, boolean mailDelivered) {
}
