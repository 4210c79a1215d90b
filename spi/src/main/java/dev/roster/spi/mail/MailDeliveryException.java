package dev.roster.spi.mail;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;

/** The mailer could not hand the message on. Mailers wrap their transport's exceptions in this one. */
public class MailDeliveryException extends RosterException {
    /**
     * A message the transport did not accept.
     *
     * @param message what happened, without the mail's body
     * @param cause the transport's own exception
     */
    public MailDeliveryException(String message, Throwable cause) {
        super(ErrorCode.MAIL_FAILURE, message, cause);
    }
}
