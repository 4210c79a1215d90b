package dev.roster.spi.outbox;

import dev.roster.spi.mail.MailKind;
import dev.roster.spi.model.OutboxMessageId;
import dev.roster.spi.model.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A message waiting in the outbox, or what is left of it once sent. It holds ids rather than
 * addresses and names (the dispatcher reads those from its subject when it sends), so erasing a
 * person needs nothing from here; and never a raw token: a link's token is {@code sealedSecret},
 * encrypted with a key the host holds, and wiped when the message is finished.
 *
 * @param id the message's id; its Message-ID header derives from it
 * @param tenantId the tenant
 * @param kind what the message is
 * @param subject the id of the invitation or user it is about, as {@link MailKind#subject()} says
 * @param priority lower goes first: notices about an account before a bulk invitation
 * @param sealedSecret the encrypted token of its link, or null when it has none or was finished
 * @param state where it stands
 * @param attempts how many times a dispatcher has claimed it
 * @param dueAt when it may be claimed next; while a dispatcher holds it, the end of that lease
 * @param leaseOwner the dispatcher that claimed it last, or null
 * @param createdAt when it was queued
 * @param finishedAt when it was sent, given up or cancelled, or null while queued
 * @param lastError why the last attempt failed, without the message's content, or null
 */
public record OutboxMessage(OutboxMessageId id, TenantId tenantId, MailKind kind, UUID subject, int priority, String sealedSecret,
        OutboxState state, int attempts, Instant dueAt, String leaseOwner, Instant createdAt, Instant finishedAt, String lastError) {

    /**
     * Requires the ids, kind, state and instants; refuses a negative priority or attempt count.
     *
     * @param id the message's id
     * @param tenantId the tenant
     * @param kind what the message is
     * @param subject the id of what it is about
     * @param priority lower goes first
     * @param sealedSecret the encrypted token, or null
     * @param state where it stands
     * @param attempts claims so far
     * @param dueAt when it may be claimed next
     * @param leaseOwner the last claimer, or null
     * @param createdAt when it was queued
     * @param finishedAt when it was finished, or null
     * @param lastError why the last attempt failed, or null
     */
    public OutboxMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(createdAt, "createdAt");
        if (priority < 0 || attempts < 0) {
            throw new IllegalArgumentException("priority and attempts are never negative");
        }
    }

    /**
     * A new message, due now.
     *
     * @param id its id
     * @param tenant the tenant
     * @param kind what it is
     * @param subject what it is about
     * @param priority lower goes first
     * @param sealedSecret the encrypted token of its link, or null
     * @param now when it is queued
     * @return the message, queued, never attempted
     */
    public static OutboxMessage queued(OutboxMessageId id, TenantId tenant, MailKind kind, UUID subject, int priority, String sealedSecret,
            Instant now) {
        return new OutboxMessage(id, tenant, kind, subject, priority, sealedSecret, OutboxState.QUEUED, 0, now, null, now, null, null);
    }

    @Override
    public String toString() {
        return "OutboxMessage[id=" + id + ", tenant=" + tenantId + ", kind=" + kind + ", subject=" + subject + ", priority=" + priority
                + ", state=" + state + ", attempts=" + attempts + ", dueAt=" + dueAt + ", leaseOwner=" + leaseOwner + ", createdAt="
                + createdAt + ", finishedAt=" + finishedAt + ", lastError=" + lastError + ", sealedSecret="
                + (sealedSecret == null ? "none" : "(hidden)") + "]";
    }
}
