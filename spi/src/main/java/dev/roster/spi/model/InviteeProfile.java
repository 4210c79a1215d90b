package dev.roster.spi.model;

import java.time.LocalDate;

/** Fields an inviter may fill in ahead of acceptance (username, names, date of birth). All optional. */
public record InviteeProfile(String firstName, String lastName, String username, LocalDate dateOfBirth) {
    /** Nothing filled in. */
    public static final InviteeProfile EMPTY = new InviteeProfile(null, null, null, null);
}
