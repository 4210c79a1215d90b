package dev.roster.core.user;

import dev.roster.core.validation.Normalized;
import dev.roster.core.validation.PlainText;
import dev.roster.core.validation.StorableTime;
import dev.roster.core.validation.ValidTimezone;
import dev.roster.spi.model.Limits;
import dev.roster.spi.text.TextKind;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The editable profile of a user, as an admin form or a sign-up form sends it. Blank strings count
 * as absent. The display name defaults to "first last", else to the email's local part.
 */
public record ProfileFields(
        @Size(max = Limits.NAME) @PlainText String firstName,
        @Size(max = Limits.NAME) @PlainText String lastName,
        @Size(max = Limits.NAME) @PlainText String displayName,
        @Pattern(regexp = "[A-Za-z0-9._@+-]{1,64}", message = "must be 1-64 letters, digits or ._@+-") String username,
        @Size(max = Limits.PHONE) @Pattern(regexp = "\\+?[0-9 ()./-]{3,32}", message = "must be a phone number of 3-32 digits and separators") String phone,
        @ValidTimezone @Size(max = Limits.TIMEZONE) String timezone,
        @Size(max = Limits.EXTERNAL_ID) @PlainText(TextKind.IDENTIFIER) String externalId,
        @Past @StorableTime LocalDate dateOfBirth) {

    /**
     * Normalises the names.
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
    public ProfileFields {
        firstName = Normalized.line(firstName);
        lastName = Normalized.line(lastName);
        displayName = Normalized.line(displayName);
    }

    /** Nothing filled in: the display name comes from the email. */
    public static final ProfileFields EMPTY = new ProfileFields(null, null, null, null, null, null, null, null);

    /**
     * A profile with a first and last name only.
     *
     * @param firstName the first name
     * @param lastName the last name
     * @return the profile
     */
    public static ProfileFields named(String firstName, String lastName) {
        return new ProfileFields(firstName, lastName, null, null, null, null, null, null);
    }

    /**
     * Sets the username.
     *
     * @param value the value
     * @return the changed profile
     */
    public ProfileFields withUsername(String value) {
        return new ProfileFields(firstName, lastName, displayName, value, phone, timezone, externalId, dateOfBirth);
    }

    /**
     * Sets the date of birth.
     *
     * @param value the value
     * @return the changed profile
     */
    public ProfileFields withDateOfBirth(LocalDate value) {
        return new ProfileFields(firstName, lastName, displayName, username, phone, timezone, externalId, value);
    }

    /**
     * Sets the phone number.
     *
     * @param value the value
     * @return the changed profile
     */
    public ProfileFields withPhone(String value) {
        return new ProfileFields(firstName, lastName, displayName, username, value, timezone, externalId, dateOfBirth);
    }

    /**
     * Sets the time zone id.
     *
     * @param value the value
     * @return the changed profile
     */
    public ProfileFields withTimezone(String value) {
        return new ProfileFields(firstName, lastName, displayName, username, phone, value, externalId, dateOfBirth);
    }

    /**
     * Sets the host's own id for the user.
     *
     * @param value the value
     * @return the changed profile
     */
    public ProfileFields withExternalId(String value) {
        return new ProfileFields(firstName, lastName, displayName, username, phone, timezone, value, dateOfBirth);
    }
}
