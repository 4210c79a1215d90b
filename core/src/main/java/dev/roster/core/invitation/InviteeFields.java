package dev.roster.core.invitation;

import dev.roster.core.validation.Normalized;
import dev.roster.core.validation.PlainText;
import dev.roster.core.validation.StorableTime;
import dev.roster.spi.model.Limits;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What the inviter may fill in ahead of acceptance; the invitee can complete or change it. */
public record InviteeFields(
        @Size(max = Limits.NAME) @PlainText String firstName,
        @Size(max = Limits.NAME) @PlainText String lastName,
        @Pattern(regexp = "[A-Za-z0-9._@+-]{1,64}", message = "must be 1-64 letters, digits or ._@+-") String username,
        @Past @StorableTime LocalDate dateOfBirth) {

    /**
     * Normalises the names.
     *
     * @param firstName the first name
     * @param lastName the last name
     * @param username the username
     * @param dateOfBirth the date of birth
     */
    public InviteeFields {
        firstName = Normalized.line(firstName);
        lastName = Normalized.line(lastName);
    }

    /** Nothing filled in. */
    public static final InviteeFields NONE = new InviteeFields(null, null, null, null);
}
