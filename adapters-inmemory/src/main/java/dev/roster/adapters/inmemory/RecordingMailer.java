package dev.roster.adapters.inmemory;

import dev.roster.spi.mail.MailDeliveryException;
import dev.roster.spi.mail.MailMessage;
import dev.roster.spi.mail.Mailer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps sent messages in memory, for tests and examples. {@link #setFailing(boolean)} makes it refuse
 * messages, to show what happens when the mail server is down.
 */
public final class RecordingMailer implements Mailer {
    private final List<MailMessage> sent = new ArrayList<>();
    private final AtomicBoolean failing = new AtomicBoolean();

    @Override
    public synchronized void send(MailMessage message) {
        if (failing.get()) {
            throw new MailDeliveryException("recording mailer is set to fail", false, null);
        }
        sent.add(message);
    }

    public synchronized List<MailMessage> sent() {
        return List.copyOf(sent);
    }

    /** The most recent message to this address, if any. */
    public synchronized java.util.Optional<MailMessage> lastTo(String address) {
        for (int i = sent.size() - 1; i >= 0; i--) {
            if (sent.get(i).to().value().equalsIgnoreCase(address.strip())) {
                return java.util.Optional.of(sent.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    public void setFailing(boolean fail) {
        failing.set(fail);
    }

    public synchronized void clear() {
        sent.clear();
    }
}
