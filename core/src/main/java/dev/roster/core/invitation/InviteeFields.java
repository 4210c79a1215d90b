package dev.roster.core.invitation;

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
 * What the inviter may fill in ahead of acceptance; the invitee can complete or change it, except
 * the external id, which is the host's. The rules are those of {@link dev.roster.core.user.ProfileFields}.
 *
 * @param firstName the first name
 * @param lastName the last name
 * @param displayName the name shown for the member; by default "first last"
 * @param username the username
 * @param phone the phone number
 * @param timezone an IANA time zone id
 * @param externalId the host's own id for the member
 * @param dateOfBirth the date of birth
 */
public record InviteeFields(
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
     * @param phone the phone number
     * @param timezone the time zone id
     * @param externalId the external id
     * @param dateOfBirth the date of birth
     */
    public InviteeFields {
        firstName = Normalized.line(firstName);
        lastName = Normalized.line(lastName);
        displayName = Normalized.line(displayName);
    }

    /**
     * Names, username and date of birth only.
     *
     * @param firstName the first name
     * @param lastName the last name
     * @param username the username
     * @param dateOfBirth the date of birth
     */
    public InviteeFields(String firstName, String lastName, String username, LocalDate dateOfBirth) {
        this(firstName, lastName, null, username, null, null, null, dateOfBirth);
    }

    /** Nothing filled in. */
    public static final InviteeFields NONE = new InviteeFields(null, null, null, null, null, null, null, null);
}
