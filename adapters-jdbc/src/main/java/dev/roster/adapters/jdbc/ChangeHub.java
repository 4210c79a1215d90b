package dev.roster.adapters.jdbc;

import dev.roster.spi.change.Change;
import dev.roster.spi.change.ChangeFeed;
import dev.roster.spi.change.ChangeListener;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The subscribers to one database's changes in this process, shared by every store built on the
 * same data source, so that the process holds one listening connection per database however many
 * stores it builds. Also the text form a change travels in.
 */
final class ChangeHub {
    private static final Map<Object, ChangeHub> BY_DATABASE = new HashMap<>();

    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();
    private PostgresChangeListener listening;

    private ChangeHub() {
    }

    /** The hub of the database reached through {@code source} (a data source, or a connection provider). */
    static synchronized ChangeHub of(Object source) {
        return BY_DATABASE.computeIfAbsent(source, s -> new ChangeHub());
    }

    /**
     * Adds a subscriber; with {@code listenOn}, starts listening to PostgreSQL on a connection from it
     * while there are subscribers.
     */
    synchronized ChangeFeed.Subscription subscribe(ChangeListener listener, ConnectionProvider listenOn) {
        listeners.add(listener);
        if (listenOn != null && listening == null) {
            listening = PostgresChangeListener.start(listenOn, this);
        }
        return () -> unsubscribe(listener);
    }

    private synchronized void unsubscribe(ChangeListener listener) {
        listeners.remove(listener);
        if (listeners.isEmpty() && listening != null) {
            listening.stop();
            listening = null;
        }
    }

    void deliver(Change change) {
        listeners.forEach(l -> l.changed(change));
    }

    void missed() {
        listeners.forEach(ChangeListener::missed);
    }

    /** "tenant" or "tenant user": tenant ids hold no spaces. */
    static String payload(Change change) {
        return change.userId().map(user -> change.tenant().value() + " " + user).orElse(change.tenant().value());
    }

    static Change parse(String payload) {
        int space = payload.indexOf(' ');
        return space < 0 ? Change.ofTenant(TenantId.of(payload))
                : Change.ofUser(TenantId.of(payload.substring(0, space)), UserId.parse(payload.substring(space + 1)));
    }
}
