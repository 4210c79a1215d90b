package dev.roster.core.internal;

import dev.roster.spi.mail.MailMessage;
import dev.roster.spi.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands messages to the mailer after the unit of work that caused them has committed. A failed
 * delivery never undoes the committed change: it is logged (without the body) and reported to the
 * caller, who can resend.
 */
public final class MailDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);

    private final Mailer mailer;

    public MailDispatcher(Mailer mailer) {
        this.mailer = mailer;
    }

    /** @return whether the mailer accepted the message */
    public boolean send(MailMessage message) {
        try {
            mailer.send(message);
            return true;
        } catch (RuntimeException e) {
            LOG.warn("mail of kind {} to {} in tenant {} was not delivered: {}", message.kind(), message.to(), message.tenant(),
                    e.toString());
            return false;
        }
    }
}
