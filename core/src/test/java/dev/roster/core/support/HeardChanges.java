package dev.roster.core.support;

import dev.roster.spi.change.Change;
import dev.roster.spi.change.ChangeFeed;
import dev.roster.spi.change.ChangeListener;
import dev.roster.spi.store.RosterStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The changes a store's feed delivers, heard after the Roster instances built before it (a feed
 * calls its listeners in the order they subscribed): a test waits for the next delivery, not for a
 * stretch of time, and then asks the instances what they answer now.
 */
public final class HeardChanges implements ChangeListener, AutoCloseable {
    private final Semaphore deliveries = new Semaphore(0);
    private final List<Change> changes = new CopyOnWriteArrayList<>();
    private final ChangeFeed.Subscription subscription;

    /** Subscribes to the feed of {@code store}'s database. */
    public HeardChanges(RosterStore store) {
        this.subscription = store.read(tx -> ChangeFeed.CAPABILITY.in(tx).subscribe(this));
    }

    @Override
    public void changed(Change change) {
        changes.add(change);
        deliversAnother();
    }

    @Override
    public void missed() {
        deliversAnother();
    }

    private void deliversAnother() {
        deliveries.release();
    }

    /** Every change heard so far, in order. */
    public List<Change> changes() {
        return List.copyOf(changes);
    }

    /**
     * Returns once {@code condition} holds, checking it again after each delivery; fails when five
     * seconds pass without one while it does not hold.
     */
    public void until(BooleanSupplier condition, String what) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            if (!deliveries.tryAcquire(5, TimeUnit.SECONDS)) {
                throw new AssertionError("no change heard for five seconds, and still not: " + what);
            }
        }
    }

    @Override
    public void close() {
        subscription.close();
    }
}
