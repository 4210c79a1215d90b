package dev.roster.spi.outbox;

import dev.roster.spi.model.OutboxMessageId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.store.Capability;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The mail outbox: messages queued in the unit of work whose change causes them, so they exist
 * exactly when that change commits, and handed out to dispatchers under a lease.
 *
 * <p>A dispatcher claims due messages in a unit of its own (which commits the lease), sends them
 * outside any unit, and marks each one in another. A dispatcher that dies holding messages loses
 * them only until the lease ends: they are due again then, and another claims them. The marks
 * name the dispatcher, so one whose lease ran out and was taken over cannot mark what it no longer
 * holds. Every method but {@link #enqueue} and the reads is one atomic step, so a store whose units
 * commit statement by statement (a host's connection in autocommit) keeps these rules too.
 *
 * <p>An optional capability ({@link #CAPABILITY}): a store that offers it lists it in
 * {@link dev.roster.spi.store.RosterStore#capabilities()} and passes {@code OutboxStoreContract}.
 */
public interface OutboxStore {
    /** The capability this port gives a store. */
    Capability<OutboxStore> CAPABILITY = new Capability<>("outbox", OutboxStore.class);

    /**
     * Queues new messages in this unit of work.
     *
     * @param messages new messages, each {@link OutboxState#QUEUED} and never attempted
     * @throws dev.roster.spi.error.DuplicateKeyException when an id is already queued
     * @throws dev.roster.spi.error.InvalidValueException when a value cannot be stored
     */
    void enqueue(List<OutboxMessage> messages);

    /**
     * Claims up to {@code limit} due messages (queued, due at or before {@code now}) in order of
     * priority, then due time, then id, passing over those another unit of work has locked; each
     * claimed message gets one more attempt, {@code leaseOwner = owner} and {@code dueAt = leaseUntil}.
     * Two claims, concurrent or not, never return one message while its lease lasts; a claim racing
     * others may return fewer than {@code limit} while more are due (the next claim finds them).
     *
     * @param now the time to judge due by
     * @param leaseUntil when the claim lapses if the dispatcher has not finished the message
     * @param owner the claiming dispatcher's name
     * @param limit the most to claim
     * @return the claimed messages as they now stand, in the order above
     */
    List<OutboxMessage> claim(Instant now, Instant leaseUntil, String owner, int limit);

    /**
     * Marks sent those of {@code ids} that are still queued and held by {@code owner}, wiping their secret.
     *
     * @param ids the messages
     * @param owner the dispatcher that claimed them
     * @param at when they were accepted
     * @return how many were marked; the others had been cancelled or claimed by another dispatcher
     */
    int markSent(Collection<OutboxMessageId> ids, String owner, Instant at);

    /**
     * Releases a message {@code owner} holds, due again at {@code dueAt}, with why it failed.
     *
     * @param id the message
     * @param owner the dispatcher that claimed it
     * @param dueAt when to try again
     * @param error why the attempt failed, without the message's content
     * @return false when {@code owner} no longer holds it
     */
    boolean retryLater(OutboxMessageId id, String owner, Instant dueAt, String error);

    /**
     * Gives a message {@code owner} holds back untried (its dispatcher stopped, or its lease ran
     * short): due again at {@code dueAt}, and the attempt its claim counted is taken back.
     *
     * @param id the message
     * @param owner the dispatcher that claimed it
     * @param dueAt when it is due again
     * @return false when {@code owner} no longer holds it
     */
    boolean giveBack(OutboxMessageId id, String owner, Instant dueAt);

    /**
     * Gives up a message {@code owner} holds: {@link OutboxState#DEAD}, its secret wiped.
     *
     * @param id the message
     * @param owner the dispatcher that claimed it
     * @param at when
     * @param error why, without the message's content
     * @return false when {@code owner} no longer holds it
     */
    boolean markDead(OutboxMessageId id, String owner, Instant at, String error);

    /**
     * Cancels every queued or dead message about {@code subject} (its invitation was answered,
     * revoked or sent again), wiping their secrets, in this unit of work.
     *
     * @param tenant the tenant
     * @param subject the invitation's or user's id
     * @param at when
     * @return how many were cancelled
     */
    int cancel(TenantId tenant, UUID subject, Instant at);

    /**
     * Cancels one message {@code owner} holds, wiping its secret: its invitation changed after the
     * claim (the other messages about the invitation, such as a resend's, are left alone).
     *
     * @param id the message
     * @param owner the dispatcher holding it
     * @param at when
     * @return whether {@code owner} held it and it is now cancelled
     */
    boolean cancelHeld(OutboxMessageId id, String owner, Instant at);

    /**
     * Deletes every message about {@code subject}, whatever its state, in this unit of work: for
     * erasure, since a mail server's reply kept as the delivery error may quote the address.
     *
     * @param tenant the tenant
     * @param subject the invitation's or user's id
     * @return how many were deleted
     */
    int forget(TenantId tenant, UUID subject);

    /**
     * One message of a tenant.
     *
     * @param tenant the tenant
     * @param id the message
     * @return it, or empty when the tenant has no such message
     */
    Optional<OutboxMessage> find(TenantId tenant, OutboxMessageId id);

    /**
     * The newest message (by creation, then id) about each of {@code subjects} that has one.
     *
     * @param tenant the tenant
     * @param subjects invitation or user ids
     * @return by subject; subjects without a message are absent
     */
    Map<UUID, OutboxMessage> latest(TenantId tenant, Collection<UUID> subjects);

    /**
     * Deletes up to {@code limit} finished messages: sent or cancelled ones finished before
     * {@code finishedBefore}, dead ones finished before {@code deadBefore}.
     *
     * @param finishedBefore the end of the retention of sent and cancelled messages
     * @param deadBefore the end of the retention of dead ones
     * @param limit the most to delete in this call
     * @return how many were deleted
     */
    int prune(Instant finishedBefore, Instant deadBefore, int limit);

    /**
     * How the whole outbox stands, for a health check or a gauge: counts over every tenant, read
     * without locking anything.
     *
     * @param now what is due by
     * @return the counts, and since when the longest-waiting due message has been due
     */
    OutboxBacklog backlog(Instant now);
}
