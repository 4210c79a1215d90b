package dev.roster.spi.outbox;

/** Where a message in the outbox stands. */
public enum OutboxState {
    /** Waiting to be sent, or being sent by the dispatcher that holds its lease. */
    QUEUED,
    /** Accepted by the mail server. */
    SENT,
    /** Given up: refused for good, or out of attempts. Kept until an admin acts or a longer period passes. */
    DEAD,
    /** No longer worth sending: its invitation was answered, revoked or sent again. */
    CANCELLED;

    /** {@return whether the message will not be sent (again)} */
    public boolean isFinished() {
        return this != QUEUED;
    }
}
