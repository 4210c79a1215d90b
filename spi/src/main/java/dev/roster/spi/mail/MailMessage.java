package dev.roster.spi.mail;

import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.text.TextRules;
import java.util.Objects;

/**
 * A rendered message. The body may hold a one-time link, so {@link #toString()} leaves it out. The
 * subject goes into a mail header, so it may hold no line break or control character (a name with
 * CR LF in it could otherwise add headers); {@link TextRules#oneLine} makes any text fit.
 *
 * @param kind what the message is for, e.g. "invitation"; lets a mailer pick a template or route
 */
public record MailMessage(TenantId tenant, String kind, EmailAddress to, String subject, String body) {
    /**
     * Requires every field and refuses a subject or kind with a line break or control character.
     *
     * @param tenant the tenant
     * @param kind what the message is for, e.g. "invitation"; lets a mailer pick a template or route
     * @param to the to
     * @param subject the subject
     * @param body the body
     */
    public MailMessage {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (!TextRules.isHeaderSafe(subject) || !TextRules.isHeaderSafe(kind)) {
            throw new IllegalArgumentException("a mail subject and kind may hold no line break or control character");
        }
    }

    @Override
    public String toString() {
        return "MailMessage[tenant=" + tenant + ", kind=" + kind + ", to=" + to + ", subject=" + subject + ", body=(hidden)]";
    }
}
