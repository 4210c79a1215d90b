package dev.roster.adapters.jdbc;

import dev.roster.spi.change.Change;
import dev.roster.spi.change.ChangeFeed;
import dev.roster.spi.change.ChangeListener;
import java.util.List;
import java.util.function.Function;

/**
 * The change feed in one unit of work. On PostgreSQL a change is a {@code NOTIFY} on the unit's
 * connection, which the database delivers to every listening instance at commit, and never for a
 * transaction that rolls back (the host's included). On H2 the change is delivered in this process
 * after the unit commits (or, when the unit joined the host's transaction, when it ends).
 */
final class JdbcChangeFeed implements ChangeFeed {
    private final Sql sql;
    private final boolean notifies;
    private final List<Runnable> afterCommit;
    private final ChangeHub hub;
    private final Function<ChangeListener, Subscription> subscriber;

    JdbcChangeFeed(Sql sql, boolean notifies, List<Runnable> afterCommit, ChangeHub hub, Function<ChangeListener, Subscription> subscriber) {
        this.sql = sql;
        this.notifies = notifies;
        this.afterCommit = afterCommit;
        this.hub = hub;
        this.subscriber = subscriber;
    }

    @Override
    public void announce(Change change) {
        if (notifies) {
            sql.list("announce a change", "SELECT pg_notify(?, ?)",
                    p -> p.string(PostgresChangeListener.CHANNEL).string(ChangeHub.payload(change)), rs -> 1);
        } else {
            afterCommit.add(() -> hub.deliver(change));
        }
    }

    @Override
    public Subscription subscribe(ChangeListener listener) {
        return subscriber.apply(listener);
    }
}
