package dev.roster.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roster.spi.change.Change;
import dev.roster.spi.change.ChangeFeed;
import dev.roster.spi.change.ChangeListener;
import dev.roster.spi.model.UserId;
import dev.roster.spi.store.StoreTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The change feed ({@link ChangeFeed}), for stores that offer it: what a unit announces reaches
 * every subscriber once the unit commits, never before, and never when it rolls back.
 */
public abstract class ChangeFeedContract extends StoreContract {
    private static final long WAIT_SECONDS = 10;
    private final List<ChangeFeed.Subscription> subscriptions = new ArrayList<>();

    /** A subscriber that queues what it hears. */
    protected final class Heard implements ChangeListener {
        final BlockingQueue<Change> changes = new LinkedBlockingQueue<>();

        @Override
        public void changed(Change change) {
            changes.add(change);
        }

        @Override
        public void missed() {
            // a lost connection in the middle of a contract run would show as missing changes
        }

        /** Waits for {@code expected}, returning what came before it. */
        List<Change> until(Change expected) throws InterruptedException {
            List<Change> before = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (System.nanoTime() < deadline) {
                Change next = changes.poll(100, TimeUnit.MILLISECONDS);
                if (expected.equals(next)) {
                    return before;
                }
                if (next != null) {
                    before.add(next);
                }
            }
            throw new AssertionError("no " + expected + " within " + WAIT_SECONDS + " s; heard " + before);
        }
    }

    private Heard subscribe() {
        Heard heard = new Heard();
        subscriptions.add(read((StoreTransaction tx) -> ChangeFeed.CAPABILITY.in(tx).subscribe(heard)));
        return heard;
    }

    private void announce(Change... changes) {
        write(tx -> {
            for (Change change : changes) {
                ChangeFeed.CAPABILITY.in(tx).announce(change);
            }
        });
    }

    private static Change someUser() {
        return Change.ofUser(T1, UserId.of(UUID.randomUUID()));
    }

    @AfterEach
    void closeSubscriptions() {
        subscriptions.forEach(ChangeFeed.Subscription::close);
    }

    @Test
    void aCommittedChangeReachesEverySubscriber() throws InterruptedException {
        Heard first = subscribe();
        Heard second = subscribe();
        Change user = someUser();
        Change tenant = Change.ofTenant(T2);

        announce(user, tenant);

        assertThat(first.until(tenant)).contains(user);
        assertThat(second.until(tenant)).contains(user);
    }

    @Test
    void nothingIsDeliveredBeforeTheUnitCommits() throws InterruptedException {
        Heard heard = subscribe();
        Change change = someUser();
        write(tx -> {
            ChangeFeed.CAPABILITY.in(tx).announce(change);
            try {
                assertThat(heard.changes.poll(500, TimeUnit.MILLISECONDS)).as("heard before the commit").isNull();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        assertThat(heard.until(change)).isEmpty();
    }

    @Test
    void aUnitThatRollsBackAnnouncesNothing() throws InterruptedException {
        Heard heard = subscribe();
        Change undone = someUser();
        catchThrowable(() -> write(tx -> {
            ChangeFeed.CAPABILITY.in(tx).announce(undone);
            throw new IllegalStateException("rolled back");
        }));
        Change marker = someUser();

        announce(marker);

        assertThat(heard.until(marker)).doesNotContain(undone);
    }

    @Test
    void aClosedSubscriptionHearsNothingMore() throws InterruptedException {
        Heard closed = subscribe();
        Heard open = subscribe();
        subscriptions.remove(0).close();
        Change change = someUser();

        announce(change);

        open.until(change);
        assertThat(closed.changes).isEmpty();
    }
}
