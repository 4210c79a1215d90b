package dev.roster.core.invitation;

import dev.roster.spi.model.Limits;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What the inviter may fill in ahead of acceptance; the invitee can complete or change it. */
public record InviteeFields(
        @Size(max = Limits.NAME) String firstName,
        @Size(max = Limits.NAME) String lastName,
        @Pattern(regexp = "[A-Za-z0-9._@+-]{1,64}", message = "must be 1-64 letters, digits or ._@+-") String username,
        @Past LocalDate dateOfBirth) {

    public static final InviteeFields NONE = new InviteeFields(null, null, null, null);
}
