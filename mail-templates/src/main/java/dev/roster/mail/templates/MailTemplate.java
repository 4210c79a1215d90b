package dev.roster.mail.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The Mustache source of one message: its subject, plain-text body and HTML body. In the HTML body
 * {@code {{name}}} is escaped; the subject and text are plain text and take values as they are. A
 * personal message's lines are also given as {@code personalMessageLines}, for
 * {@code {{#personalMessageLines}}{{.}}<br>{{/personalMessageLines}}}.
 *
 * @param subject the subject's template (one line once rendered; a trailing line break is dropped)
 * @param text the plain-text body's template
 * @param html the HTML body's template
 */
public record MailTemplate(String subject, String text, String html) {
    /**
     * Requires all three.
     *
     * @param subject the subject's template
     * @param text the plain-text body's template
     * @param html the HTML body's template
     */
    public MailTemplate {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }

    /**
     * Reads {@code <base>.subject.mustache}, {@code <base>.text.mustache} and {@code <base>.html.mustache}
     * from the class path, in UTF-8.
     *
     * @param loader where to look
     * @param base the resource path without the suffixes, e.g. {@code mail/invitation_fr}
     * @return the template
     * @throws IllegalArgumentException when one of the three is missing
     */
    public static MailTemplate fromClasspath(ClassLoader loader, String base) {
        return new MailTemplate(read(loader, base + ".subject.mustache"), read(loader, base + ".text.mustache"),
                read(loader, base + ".html.mustache"));
    }

    static MailTemplate fromClasspathIfPresent(ClassLoader loader, String base) {
        return loader.getResource(base + ".subject.mustache") == null ? null : fromClasspath(loader, base);
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no mail template " + resource + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("read mail template " + resource, e);
        }
    }
}
