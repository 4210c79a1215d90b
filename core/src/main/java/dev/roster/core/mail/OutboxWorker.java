package dev.roster.core.mail;

/** A running outbox worker. Closing it lets the message being sent finish, then stops the thread. */
public interface OutboxWorker extends AutoCloseable {
    /** Stops the worker and waits for its thread to end; idempotent. */
    @Override
    void close();

    /** {@return whether the thread still runs} */
    boolean isRunning();
}
