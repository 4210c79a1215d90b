package dev.roster.console.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import dev.roster.console.HostFormField;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

/** The console's templates, compiled into the jar at build time; jte escapes everything they print. */
public final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html, Templates.class.getClassLoader(),
            "dev.roster.console.templates");

    private Templates() {
    }

    /** The field the host's filters require in the forms of the request being answered on this thread, if any. */
    private static final ThreadLocal<HostFormField> HOST_FIELD = new ThreadLocal<>();

    public static String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, params, out);
        return out.toString();
    }

    /**
     * Answers one request with the host's form field in every form rendered meanwhile.
     *
     * @param field the field, or null
     * @param answer renders the answer
     * @param <T> the answer
     * @return the answer
     */
    public static <T> T withHostField(HostFormField field, Supplier<T> answer) {
        HostFormField outer = HOST_FIELD.get();
        HOST_FIELD.set(field);
        try {
            return answer.get();
        } finally {
            if (outer == null) {
                HOST_FIELD.remove();
            } else {
                HOST_FIELD.set(outer);
            }
        }
    }

    /** {@return the host's form field for the forms being rendered, or null} */
    public static HostFormField hostField() {
        return HOST_FIELD.get();
    }

    /**
     * The host's field as a query string, for a multipart form: a filter in front of the console reads a
     * multipart body's fields only when the container parses it, and the console's servlet streams it instead.
     *
     * @return {@code ?name=value}, or empty
     */
    public static String hostQuery() {
        HostFormField field = HOST_FIELD.get();
        return field == null ? "" : "?" + URLEncoder.encode(field.name(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.value(), StandardCharsets.UTF_8);
    }
}
