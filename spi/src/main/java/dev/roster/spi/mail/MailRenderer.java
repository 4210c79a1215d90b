package dev.roster.spi.mail;

import java.util.Locale;
import java.util.Map;

/**
 * Writes a message from its kind, locale and variables (see {@link MailVariables}). Implementations
 * escape every variable in HTML, and must not log the variables, which may hold a link's token.
 * {@code roster-mail-templates} has one with templates for every kind.
 */
public interface MailRenderer {
    /**
     * Writes the message.
     *
     * @param kind what the message is
     * @param locale the language to write it in; a renderer falls back to the closest it has
     * @param variables the values, by the names of {@link MailVariables}
     * @return the subject and both bodies
     * @throws IllegalArgumentException when the template yields a subject with a line break
     */
    RenderedMail render(MailKind kind, Locale locale, Map<String, String> variables);
}
