package dev.roster.core.mail;

/** Where an invitation's mail stands, as an admin sees it. */
public enum MailDelivery {
    /** No mail on record: Roster sends none (the host shows links itself), or it was pruned after its retention. */
    NONE,
    /** Waiting in the outbox, or being retried. */
    QUEUED,
    /** Accepted by the mail server. */
    SENT,
    /** Given up: refused for good or out of attempts. A resend sends a new link. */
    FAILED
}
