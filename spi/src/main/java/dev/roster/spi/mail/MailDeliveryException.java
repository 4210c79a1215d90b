package dev.roster.spi.mail;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;

/** The mailer could not hand the message on. Mailers wrap their transport's exceptions in this one. */
public class MailDeliveryException extends RosterException {
    public MailDeliveryException(String message, Throwable cause) {
        super(ErrorCode.MAIL_FAILURE, message, cause);
    }
}
