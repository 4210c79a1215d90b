package dev.roster.core.invitation;

import dev.roster.core.user.ProfileFields;
import dev.roster.core.user.RegistrationFields;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The invitee's own details at acceptance. Fields left empty take what the inviter filled in
 * (names, username, date of birth). The email is the invitation's. The external ID is the host's to
 * set, never the invitee's: an accept that carries one is refused.
 *
 * @param profile the invitee's details
 * @param registration where the invitee came from, or null
 */
public record AcceptCommand(@NotNull @Valid ProfileFields profile, @Valid RegistrationFields registration) {
    /**
     * Accept with these details and no registration source.
     *
     * @param profile the invitee's details
     * @return the command
     */
    public static AcceptCommand of(ProfileFields profile) {
        return new AcceptCommand(profile, null);
    }
}
