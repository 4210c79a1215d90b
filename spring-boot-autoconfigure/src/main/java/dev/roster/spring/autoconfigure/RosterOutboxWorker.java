package dev.roster.spring.autoconfigure;

import dev.roster.core.Roster;
import dev.roster.core.mail.OutboxWorker;
import org.springframework.context.SmartLifecycle;

/**
 * Roster's outbox worker as part of the application's lifecycle: it starts when the context has started
 * (after every bean is ready) and stops, letting the message being sent finish, before the context closes.
 */
public final class RosterOutboxWorker implements SmartLifecycle {
    private final Roster roster;
    private OutboxWorker worker;

    /**
     * A worker for this Roster's outbox, started with the context.
     *
     * @param roster Roster, built with mail
     */
    public RosterOutboxWorker(Roster roster) {
        this.roster = roster;
    }

    @Override
    public synchronized void start() {
        if (worker == null) {
            worker = roster.outbox().startWorker();
        }
    }

    @Override
    public synchronized void stop() {
        if (worker != null) {
            worker.close();
            worker = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return worker != null && worker.isRunning();
    }
}
