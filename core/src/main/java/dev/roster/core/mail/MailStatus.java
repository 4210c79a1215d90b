package dev.roster.core.mail;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the newest mail about an invitation stands, for the admin's list and detail view.
 *
 * @param delivery queued, sent, failed, or none on record
 * @param attempts how many times a dispatcher has tried it
 * @param finishedAt when it was sent or given up
 * @param lastError why the last attempt failed, as the mail server said it
 */
public record MailStatus(MailDelivery delivery, int attempts, Optional<Instant> finishedAt, Optional<String> lastError) {
    /** No mail on record. */
    public static final MailStatus NONE = new MailStatus(MailDelivery.NONE, 0, Optional.empty(), Optional.empty());

    /**
     * Requires every field.
     *
     * @param delivery where it stands
     * @param attempts tries so far
     * @param finishedAt when it finished
     * @param lastError why the last attempt failed
     */
    public MailStatus {
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(lastError, "lastError");
    }
}
