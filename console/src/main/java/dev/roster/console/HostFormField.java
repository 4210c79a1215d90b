package dev.roster.console;

import java.util.Objects;

/**
 * A hidden field the host's own request filters require in every form, such as Spring Security's CSRF
 * token: the console adds it to each form it renders (and, for the spreadsheet upload, whose multipart body
 * a filter cannot read, to the form's address). The console still checks its own token as well.
 *
 * @param name the field's name, such as {@code _csrf}
 * @param value its value for this request
 */
public record HostFormField(String name, String value) {

    /**
     * Requires both parts.
     *
     * @param name the field's name
     * @param value its value
     */
    public HostFormField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** Never prints the value: it is a secret of the signed-in person's session. */
    @Override
    public String toString() {
        return "HostFormField[" + name + "=(hidden)]";
    }
}
