package dev.roster.spi.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * A user's descriptive fields. Only {@code displayName} is required; core fills it from the names
 * or the email when the host gives none.
 */
public record Profile(
        String firstName,
        String lastName,
        String displayName,
        String username,
        String phone,
        ZoneId timezone,
        String externalId,
        LocalDate dateOfBirth) {

    /**
     * Requires the display name.
     *
     * @param firstName the first name
     * @param lastName the last name
     * @param displayName the display name
     * @param username the username
     * @param phone the phone
     * @param timezone the timezone
     * @param externalId the external id
     * @param dateOfBirth the date of birth
     */
    public Profile {
        Objects.requireNonNull(displayName, "displayName must not be null");
    }

    /** {@return the key usernames are unique by within a tenant, or null when there is no username} */
    public String usernameKey() {
        return username == null ? null : username.toLowerCase(Locale.ROOT);
    }

    /**
     * The display name made from a first and a last name when none is given: "first last", cut to the
     * longest name every store holds.
     *
     * @param firstName the first name, or null
     * @param lastName the last name, or null
     * @return the name, or null when both are blank
     */
    public static String joinedName(String firstName, String lastName) {
        String joined = ((firstName == null ? "" : firstName.strip()) + " " + (lastName == null ? "" : lastName.strip())).strip();
        return joined.isEmpty() ? null : dev.roster.spi.text.TextRules.cut(joined, Limits.NAME).strip();
    }

    /** {@return the key the "name" sort orders by} Stores keep it in its own column. */
    public String sortName() {
        return displayName.toLowerCase(Locale.ROOT);
    }
}
