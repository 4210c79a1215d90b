package dev.roster.spi.mail;

/**
 * Hands messages to a mail server. {@code roster-adapters-smtp} has one for SMTP; tests and
 * examples use one that records or prints. Implementations must not log bodies, which may carry a
 * link's token.
 */
public interface MailTransport {
    /**
     * Opens a connection for one dispatch run.
     *
     * @return the connection
     * @throws MailDeliveryException when the server cannot be reached (never permanent)
     */
    MailConnection open();
}
