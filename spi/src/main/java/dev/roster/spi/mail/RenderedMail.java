package dev.roster.spi.mail;

import dev.roster.spi.text.TextRules;
import java.util.Objects;

/**
 * A message as a {@link MailRenderer} wrote it. The bodies may carry a one-time link, so
 * {@link #toString()} leaves them out; the subject goes into a header, so it may hold no line break
 * or control character.
 *
 * @param subject the subject, one line
 * @param text the plain-text body
 * @param html the HTML body
 */
public record RenderedMail(String subject, String text, String html) {
    /**
     * Requires all three and refuses a subject that could add a header.
     *
     * @param subject the subject, one line
     * @param text the plain-text body
     * @param html the HTML body
     */
    public RenderedMail {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        if (!TextRules.isHeaderSafe(subject)) {
            throw new IllegalArgumentException("a mail subject may hold no line break or control character");
        }
    }

    @Override
    public String toString() {
        return "RenderedMail[subject=" + subject + ", text=(hidden), html=(hidden)]";
    }
}
