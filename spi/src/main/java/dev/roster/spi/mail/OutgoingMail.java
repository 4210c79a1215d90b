package dev.roster.spi.mail;

import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.text.TextRules;
import java.util.Objects;

/**
 * A message ready for the wire. Every value that becomes a header is one line, checked here, so a
 * transport never writes a second header out of a name or subject. The bodies may carry a one-time
 * link, so {@link #toString()} leaves them out.
 *
 * @param messageId the Message-ID without angle brackets, stable across attempts, e.g. {@code 0190...@roster.example.com}
 * @param from who it is from
 * @param replyTo where replies go, or null for the sender
 * @param to the recipient
 * @param toName the recipient's name, or null
 * @param subject the subject, one line
 * @param text the plain-text body
 * @param html the HTML body
 */
public record OutgoingMail(String messageId, MailSender from, EmailAddress replyTo, EmailAddress to, String toName, String subject,
        String text, String html) {
    /**
     * Requires what a message needs and refuses any header value with a line break or control character.
     *
     * @param messageId the Message-ID without angle brackets
     * @param from who it is from
     * @param replyTo where replies go, or null
     * @param to the recipient
     * @param toName the recipient's name, or null
     * @param subject the subject
     * @param text the plain-text body
     * @param html the HTML body
     */
    public OutgoingMail {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        header("messageId", messageId);
        header("subject", subject);
        if (toName != null) {
            header("toName", toName);
        }
        if (messageId.isEmpty() || messageId.indexOf('@') < 1 || messageId.contains("<") || messageId.contains(">")
                || messageId.contains(" ")) {
            throw new IllegalArgumentException("a Message-ID is local@domain without brackets or spaces: " + messageId);
        }
    }

    private static void header(String field, String value) {
        if (!TextRules.isHeaderSafe(value)) {
            throw new IllegalArgumentException("mail header " + field + " may hold no line break or control character");
        }
    }

    @Override
    public String toString() {
        return "OutgoingMail[messageId=" + messageId + ", to=" + to + ", subject=" + subject + ", text=(hidden), html=(hidden)]";
    }
}
