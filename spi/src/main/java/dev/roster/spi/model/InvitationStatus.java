package dev.roster.spi.model;

/** The states of an invitation. Only {@link #PENDING} is open; the others are final. */
public enum InvitationStatus {
    /** Sent and open: it can be accepted, declined, revoked, resent, or it expires. */
    PENDING,
    /** Accepted: a user was made from it. */
    ACCEPTED,
    /** The invitee said no. */
    DECLINED,
    /** Its expiry passed before anyone answered. */
    EXPIRED,
    /** Withdrawn by an admin (shown as "Cancelled" by some products). */
    REVOKED;

    /** {@return whether the status is final: everything but PENDING} */
    public boolean isFinal() {
        return this != PENDING;
    }
}
