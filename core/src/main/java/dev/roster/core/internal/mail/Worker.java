package dev.roster.core.internal.mail;

import dev.roster.core.mail.OutboxWorker;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox's background thread: dispatches, then sleeps until woken (this instance queued mail)
 * or the poll interval passes (another instance may have).
 */
final class Worker implements OutboxWorker, Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Worker.class);

    private final Dispatcher dispatcher;
    private final long pollMillis;
    private final Object signal = new Object();
    private final Thread thread;
    private volatile boolean running = true;
    private boolean woken;

    private Worker(Dispatcher dispatcher, Duration pollInterval) {
        this.dispatcher = dispatcher;
        this.pollMillis = pollInterval.toMillis();
        this.thread = new Thread(this, "roster-outbox");
        this.thread.setDaemon(true);
    }

    static Worker start(Dispatcher dispatcher, Duration pollInterval) {
        Worker worker = new Worker(dispatcher, pollInterval);
        worker.thread.start();
        return worker;
    }

    @Override
    public void run() {
        while (running) {
            try {
                dispatcher.dispatch(() -> !running);
            } catch (RuntimeException e) {
                // The store or the server is down: what was claimed comes back after its lease.
                LOG.warn("the outbox worker could not dispatch ({}); it tries again in {} ms", e.toString(), pollMillis);
            } catch (LinkageError e) {
                // A transport missing a class: the next poll may find it fixed, and the worker must not die silently.
                LOG.error("the outbox worker could not dispatch; it tries again in {} ms", pollMillis, e);
            }
            synchronized (signal) {
                if (!woken && running) {
                    try {
                        signal.wait(pollMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                woken = false;
            }
        }
    }

    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /** Lets the message being sent finish, gives the rest of its claim back, and stops the thread. */
    @Override
    public void close() {
        running = false;
        wake();
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return thread.isAlive();
    }
}
