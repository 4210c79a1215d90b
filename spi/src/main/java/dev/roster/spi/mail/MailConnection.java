package dev.roster.spi.mail;

/**
 * One open connection to the mail server: a dispatch run sends all its messages over one, then
 * closes it. Used by one thread at a time.
 */
public interface MailConnection extends AutoCloseable {
    /**
     * Sends one message and returns once the server has accepted it.
     *
     * @param mail the message
     * @throws MailDeliveryException when it was not accepted; {@link MailDeliveryException#isPermanent()} says whether trying again can help
     */
    void send(OutgoingMail mail);

    /** Closes the connection; never throws. */
    @Override
    void close();
}
