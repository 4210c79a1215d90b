package dev.roster.adapters.inmemory;

import dev.roster.spi.change.Change;
import dev.roster.spi.change.ChangeFeed;
import dev.roster.spi.change.ChangeListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Changes announced in a unit reach the listeners once it commits: every Roster instance sharing
 * this store in the process hears them. A unit that throws announces nothing.
 */
final class InMemoryChangeFeed implements ChangeFeed {
    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();
    private final Consumer<Runnable> afterCommit;

    InMemoryChangeFeed(Consumer<Runnable> afterCommit) {
        this.afterCommit = afterCommit;
    }

    @Override
    public void announce(Change change) {
        afterCommit.accept(() -> deliver(change));
    }

    /** Delivered on the committing thread before its unit of work returns, to every instance on this store. */
    @Override
    public boolean deliversAtCommit() {
        return true;
    }

    @Override
    public Subscription subscribe(ChangeListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void deliver(Change change) {
        for (ChangeListener listener : listeners) {
            listener.changed(change);
        }
    }
}
