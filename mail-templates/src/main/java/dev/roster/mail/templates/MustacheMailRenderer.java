package dev.roster.mail.templates;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import dev.roster.spi.mail.MailKind;
import dev.roster.spi.mail.MailRenderer;
import dev.roster.spi.mail.MailVariables;
import dev.roster.spi.mail.RenderedMail;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Roster's messages from Mustache templates: the bundled ones in English and German, and any a host
 * sets for a kind and locale. HTML bodies escape every {@code {{value}}}; subjects and plain-text
 * bodies take values as they are. A locale falls back to its language, then to the default locale,
 * then to English. Templates are compiled when the renderer is built, so a broken one fails then.
 * Thread-safe.
 */
public final class MustacheMailRenderer implements MailRenderer {
    private static final String BUNDLED = "dev/roster/mail/templates/";
    private static final List<Locale> BUNDLED_LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN);

    private final Map<MailKind, Map<String, Compiled>> templates;
    private final Locale defaultLocale;

    private MustacheMailRenderer(Map<MailKind, Map<String, Compiled>> templates, Locale defaultLocale) {
        this.templates = templates;
        this.defaultLocale = defaultLocale;
    }

    /** {@return a renderer with the bundled templates only} */
    public static MustacheMailRenderer withDefaults() {
        return builder().build();
    }

    /** {@return a builder, to replace templates or set the default locale} */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public RenderedMail render(MailKind kind, Locale locale, Map<String, String> variables) {
        Compiled template = find(kind, locale == null ? defaultLocale : locale);
        Map<String, Object> scope = scope(variables);
        String subject = strip(run(template.subject, scope));
        return new RenderedMail(subject, run(template.text, scope), run(template.html, scope));
    }

    private Compiled find(MailKind kind, Locale locale) {
        Map<String, Compiled> byLocale = templates.get(kind);
        for (Locale candidate : List.of(locale, defaultLocale, Locale.ENGLISH)) {
            Compiled exact = byLocale.get(candidate.toLanguageTag());
            if (exact != null) {
                return exact;
            }
            Compiled language = byLocale.get(candidate.getLanguage());
            if (language != null) {
                return language;
            }
        }
        throw new IllegalStateException("no template for " + kind); // the English ones are bundled
    }

    /** Empty values are left out, so a section {@code {{#name}}...{{/name}}} tests for a value. */
    private static Map<String, Object> scope(Map<String, String> variables) {
        Map<String, Object> scope = new HashMap<>();
        variables.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                scope.put(name, value);
            }
        });
        String message = variables.get(MailVariables.PERSONAL_MESSAGE);
        if (message != null && !message.isEmpty()) {
            scope.put("personalMessageLines", List.of(message.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
        }
        return scope;
    }

    private static String run(Mustache template, Map<String, Object> scope) {
        StringWriter out = new StringWriter();
        template.execute(out, scope);
        return out.toString();
    }

    private static String strip(String subject) {
        String stripped = subject.strip();
        if (stripped.indexOf('\n') >= 0 || stripped.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("the subject template yields more than one line");
        }
        return stripped;
    }

    /** Sets templates and the default locale; {@link #build()} compiles them all. */
    public static final class Builder {
        private final Map<MailKind, Map<Locale, MailTemplate>> overrides = new EnumMap<>(MailKind.class);
        private Locale defaultLocale = Locale.ENGLISH;

        private Builder() {
        }

        /**
         * Replaces the template of one kind in one locale; a locale with only a language (such as
         * {@code fr}) serves every country of it that has no template of its own.
         *
         * @param kind the message
         * @param locale its language, and country if needed
         * @param template the template
         * @return this builder
         */
        public Builder template(MailKind kind, Locale locale, MailTemplate template) {
            overrides.computeIfAbsent(Objects.requireNonNull(kind, "kind"), k -> new HashMap<>())
                    .put(Objects.requireNonNull(locale, "locale"), Objects.requireNonNull(template, "template"));
            return this;
        }

        /**
         * The locale to write in when neither the asked one nor its language has a template; English unless set.
         *
         * @param locale the locale
         * @return this builder
         */
        public Builder defaultLocale(Locale locale) {
            this.defaultLocale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Compiles every template.
         *
         * @return the renderer
         * @throws IllegalArgumentException naming the kind and locale of a template Mustache cannot compile
         */
        public MustacheMailRenderer build() {
            DefaultMustacheFactory html = new DefaultMustacheFactory();
            DefaultMustacheFactory plain = new PlainTextFactory();
            Map<MailKind, Map<String, Compiled>> compiled = new EnumMap<>(MailKind.class);
            ClassLoader loader = MustacheMailRenderer.class.getClassLoader();
            for (MailKind kind : MailKind.values()) {
                Map<String, Compiled> byLocale = new HashMap<>();
                for (Locale locale : BUNDLED_LOCALES) {
                    String suffix = locale.equals(Locale.ENGLISH) ? "" : "_" + locale.getLanguage();
                    MailTemplate bundled = MailTemplate.fromClasspathIfPresent(loader, BUNDLED + resourceName(kind) + suffix);
                    if (bundled != null) {
                        byLocale.put(locale.toLanguageTag(), Compiled.of(kind, locale, bundled, html, plain));
                    }
                }
                overrides.getOrDefault(kind, Map.of()).forEach((locale, template) ->
                        byLocale.put(locale.toLanguageTag(), Compiled.of(kind, locale, template, html, plain)));
                compiled.put(kind, Map.copyOf(byLocale));
            }
            return new MustacheMailRenderer(compiled, defaultLocale);
        }

        private static String resourceName(MailKind kind) {
            return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private record Compiled(Mustache subject, Mustache text, Mustache html) {
        static Compiled of(MailKind kind, Locale locale, MailTemplate template, DefaultMustacheFactory html, DefaultMustacheFactory plain) {
            String name = kind + "/" + locale.toLanguageTag();
            try {
                return new Compiled(plain.compile(new StringReader(template.subject()), name + "/subject"),
                        plain.compile(new StringReader(template.text()), name + "/text"),
                        html.compile(new StringReader(template.html()), name + "/html"));
            } catch (MustacheException e) {
                throw new IllegalArgumentException("the mail template " + name + " does not compile: " + e.getMessage(), e);
            }
        }
    }

    /** Subjects and plain-text bodies: values go in as they are, since nothing reads them as HTML. */
    private static final class PlainTextFactory extends DefaultMustacheFactory {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new MustacheException("write a value", e);
            }
        }
    }
}
