package dev.roster.spi.model;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Fields an inviter may fill in ahead of acceptance; they become the member's profile unless the
 * invitee changes them (the external id is the host's, so only the inviter sets it). All optional.
 *
 * @param firstName the first name
 * @param lastName the last name
 * @param displayName the name shown for the member
 * @param username the username
 * @param phone the phone number
 * @param timezone the member's time zone
 * @param externalId the host's own id for the member
 * @param dateOfBirth the date of birth
 */
public record InviteeProfile(String firstName, String lastName, String displayName, String username, String phone, ZoneId timezone,
        String externalId, LocalDate dateOfBirth) {
    /** Nothing filled in. */
    public static final InviteeProfile EMPTY = new InviteeProfile(null, null, null, null, null, null, null, null);

    /**
     * Names, username and date of birth only.
     *
     * @param firstName the first name
     * @param lastName the last name
     * @param username the username
     * @param dateOfBirth the date of birth
     */
    public InviteeProfile(String firstName, String lastName, String username, LocalDate dateOfBirth) {
        this(firstName, lastName, null, username, null, null, null, dateOfBirth);
    }

    /**
     * The name a list shows for the invitee before it has joined: the display name, else the first
     * and last names as the member's display name will be made from them ({@link Profile#joinedName}),
     * else null (a list then shows the address).
     *
     * @return the name, or null when the inviter gave none
     */
    public String shownName() {
        if (displayName != null && !displayName.isBlank()) {
            return displayName;
        }
        return Profile.joinedName(firstName, lastName);
    }
}
