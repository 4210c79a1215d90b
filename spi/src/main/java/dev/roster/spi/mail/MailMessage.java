package dev.roster.spi.mail;

import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.TenantId;
import java.util.Objects;

/**
 * A rendered message. The body may hold a one-time link, so {@link #toString()} leaves it out.
 *
 * @param kind what the message is for, e.g. "invitation"; lets a mailer pick a template or route
 */
public record MailMessage(TenantId tenant, String kind, EmailAddress to, String subject, String body) {
    public MailMessage {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public String toString() {
        return "MailMessage[tenant=" + tenant + ", kind=" + kind + ", to=" + to + ", subject=" + subject + ", body=(hidden)]";
    }
}
