package dev.roster.core.internal.importing;

import java.util.List;

/** The columns an import reads, each with the headers it answers to (already in {@link Cells#headerKey} form). */
enum ImportField {
    EMAIL("email", "e mail", "email address", "e mail address", "mail"),
    FIRST_NAME("first name", "firstname", "given name", "forename"),
    LAST_NAME("last name", "lastname", "surname", "family name"),
    DISPLAY_NAME("display name", "displayname", "name", "full name"),
    ROLES("role", "roles"),
    USER_TYPE("user type", "usertype", "type"),
    PHONE("phone", "phone number", "mobile", "telephone"),
    TIMEZONE("timezone", "time zone", "tz"),
    EXTERNAL_ID("external id", "externalid", "employee id"),
    MESSAGE("personal message", "message", "custom message");

    final List<String> aliases;

    ImportField(String... aliases) {
        this.aliases = List.of(aliases);
    }

    /** The field a header names, or null. */
    static ImportField of(String headerKey) {
        for (ImportField field : values()) {
            if (field.aliases.contains(headerKey)) {
                return field;
            }
        }
        return null;
    }
}
