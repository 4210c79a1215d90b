package dev.roster.adapters.inmemory;

import dev.roster.spi.mail.MailConnection;
import dev.roster.spi.mail.MailDeliveryException;
import dev.roster.spi.mail.MailTransport;
import dev.roster.spi.mail.OutgoingMail;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps what it is given in memory, for tests and examples. {@link #behave} makes it act as a mail
 * server that is down, or that refuses messages for a passing reason (4xx) or for good (5xx).
 */
public final class RecordingMailTransport implements MailTransport {
    /** How the pretend server answers. */
    public enum Behaviour {
        /** Accepts every message. */
        ACCEPT,
        /** Cannot be reached: opening a connection fails. */
        DOWN,
        /** Refuses each message for now, as with a 4xx reply. */
        REFUSE_FOR_NOW,
        /** Refuses each message for good, as with a 5xx reply. */
        REFUSE_FOR_GOOD
    }

    private final List<OutgoingMail> sent = new ArrayList<>();
    private final List<String> attempts = new ArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile Behaviour behaviour = Behaviour.ACCEPT;

    /**
     * Sets how the pretend server answers from now on.
     *
     * @param value the behaviour
     */
    public void behave(Behaviour value) {
        behaviour = value;
    }

    @Override
    public MailConnection open() {
        if (behaviour == Behaviour.DOWN) {
            throw new MailDeliveryException("connect to the recording transport: it is set to be down", false, null);
        }
        connections.incrementAndGet();
        return new MailConnection() {
            @Override
            public void send(OutgoingMail mail) {
                attempted(mail);
                switch (behaviour) {
                    case REFUSE_FOR_NOW -> throw new MailDeliveryException("451 4.3.0 try again later", false, null);
                    // As real servers do, the refusal quotes the address: erasure must not leave it behind.
                    case REFUSE_FOR_GOOD -> throw new MailDeliveryException("550 5.1.1 <" + mail.to().value() + ">: no such mailbox",
                            true, null);
                    case DOWN -> throw new MailDeliveryException("the connection was lost", false, null);
                    default -> record(mail);
                }
            }

            @Override
            public void close() {
                // nothing to release
            }
        };
    }

    private synchronized void attempted(OutgoingMail mail) {
        attempts.add(mail.messageId());
    }

    /** {@return the Message-ID of every message handed over, accepted or not, in order} */
    public synchronized List<String> attempts() {
        return List.copyOf(attempts);
    }

    private synchronized void record(OutgoingMail mail) {
        sent.add(mail);
    }

    /** {@return every message accepted, in order} */
    public synchronized List<OutgoingMail> sent() {
        return List.copyOf(sent);
    }

    /**
     * The most recent message to an address.
     *
     * @param address the recipient, as given
     * @return the message, if any
     */
    public synchronized Optional<OutgoingMail> lastTo(String address) {
        for (int i = sent.size() - 1; i >= 0; i--) {
            if (sent.get(i).to().value().equalsIgnoreCase(address.strip())) {
                return Optional.of(sent.get(i));
            }
        }
        return Optional.empty();
    }

    /** {@return how many connections were opened} */
    public int connections() {
        return connections.get();
    }

    /** Forgets what was sent. */
    public synchronized void clear() {
        sent.clear();
    }
}
