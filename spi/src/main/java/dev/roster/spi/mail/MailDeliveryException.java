package dev.roster.spi.mail;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;

/**
 * The mail server did not accept a message. Transports wrap their own exceptions in this one and
 * say whether trying again can help: a 5xx reply is permanent, a 4xx reply or a lost connection is not.
 */
public class MailDeliveryException extends RosterException {
    /** Whether the server refused the message for good. */
    private final boolean permanent;

    /**
     * A message the server did not accept.
     *
     * @param message what happened, without the mail's content
     * @param permanent whether the server refused it for good
     * @param cause the transport's own exception, or null
     */
    public MailDeliveryException(String message, boolean permanent, Throwable cause) {
        super(ErrorCode.MAIL_FAILURE, message, cause);
        this.permanent = permanent;
    }

    /** {@return whether the server refused the message for good, so that trying again cannot help} */
    public boolean isPermanent() {
        return permanent;
    }
}
