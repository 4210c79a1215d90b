package dev.roster.spi.mail;

/**
 * Delivers a message. Implementations throw {@link MailDeliveryException} when the message was not
 * accepted for delivery, and nothing else; they must not log the body, which may carry a token.
 */
public interface Mailer {
    /**
     * Hands the message on for delivery.
     *
     * @param message the message
     * @throws MailDeliveryException when it was not accepted
     */
    void send(MailMessage message);
}
