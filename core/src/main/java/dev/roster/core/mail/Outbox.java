package dev.roster.core.mail;

/**
 * Sends what waits in the outbox. A host either starts the {@link #startWorker() worker} (a thread
 * that sends as soon as this instance queues a message, and looks every poll interval for what
 * other instances queued), or calls {@link #dispatch()} from its own scheduler. Any number of
 * instances may dispatch at once: each message is held by one dispatcher at a time.
 */
public interface Outbox {
    /**
     * Sends every message due now, a claim at a time, each claim over one connection; returns when
     * none is due.
     *
     * @return what it did
     */
    DispatchReport dispatch();

    /**
     * Starts a background worker on a thread of its own; close it to stop it.
     *
     * @return the running worker
     * @throws IllegalStateException when a worker of this instance is already running
     */
    OutboxWorker startWorker();

    /** Tells the worker that a message was queued, after a host committed a transaction Roster's unit joined. */
    void wake();

    /**
     * How the outbox stands over every tenant, for a health check or a gauge: what is queued, what is
     * due now and since when the oldest of it has waited, what was given up.
     *
     * @return the backlog; empty for a Roster without mail
     */
    dev.roster.spi.outbox.OutboxBacklog backlog();

    /**
     * Deletes finished messages past their retention ({@link DeliveryPolicy}), a batch at a time.
     *
     * @return how many were deleted
     */
    int pruneFinished();
}
