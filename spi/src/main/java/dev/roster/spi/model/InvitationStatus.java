package dev.roster.spi.model;

/** The states of an invitation. Only {@link #PENDING} is open; the others are final. */
public enum InvitationStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    /** Withdrawn by an admin (shown as "Cancelled" by some products). */
    REVOKED;

    public boolean isFinal() {
        return this != PENDING;
    }
}
