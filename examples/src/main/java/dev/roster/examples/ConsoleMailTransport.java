package dev.roster.examples;

import dev.roster.spi.mail.MailConnection;
import dev.roster.spi.mail.MailTransport;
import dev.roster.spi.mail.OutgoingMail;
import java.io.PrintStream;

/**
 * The examples' mail server: it prints who a message is for and its subject, never its body, which
 * carries a one-time link.
 */
final class ConsoleMailTransport implements MailTransport {
    private final PrintStream out;

    ConsoleMailTransport(PrintStream out) {
        this.out = out;
    }

    @Override
    public MailConnection open() {
        return new MailConnection() {
            @Override
            public void send(OutgoingMail mail) {
                out.println("   [mail] to " + mail.to() + ": \"" + mail.subject() + "\"");
            }

            @Override
            public void close() {
                // nothing to release
            }
        };
    }
}
