package dev.roster.core.mail;

import dev.roster.spi.mail.MailMessage;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.Tenant;

/** Renders the messages Roster sends. Hosts replace it to use their own templates and languages. */
public interface MailComposer {
    /**
     * The invitation message for {@code invitation}, carrying {@code rawToken} in its link. The link
     * should lead to a page that previews the invitation and asks the person to accept explicitly:
     * opening it must not accept (mail scanners open links).
     *
     * @param tenant the tenant
     * @param invitation the invitation, to its stored address
     * @param inviterName who sent it
     * @param rawToken the token for the link
     * @return the message
     */
    MailMessage invitation(Tenant tenant, Invitation invitation, String inviterName, String rawToken);
}
