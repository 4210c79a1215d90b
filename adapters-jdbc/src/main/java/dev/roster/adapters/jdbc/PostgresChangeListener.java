package dev.roster.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on one connection of its own for the changes any instance commits ({@code LISTEN}), and
 * hands them to the hub. When the connection is lost, changes may have been missed: the hub hears
 * so, and the listener connects again. The only class that uses pgjdbc's API, loaded for
 * PostgreSQL only.
 */
final class PostgresChangeListener implements Runnable {
    static final String CHANNEL = "roster_changes";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeListener.class);
    private static final int POLL_MILLIS = 250;

    private final ConnectionProvider connections;
    private final ChangeHub hub;
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile boolean running = true;

    PostgresChangeListener(ConnectionProvider connections, ChangeHub hub) {
        this.connections = connections;
        this.hub = hub;
    }

    /** Starts the thread and returns once it listens (or has tried for ten seconds). */
    static PostgresChangeListener start(ConnectionProvider connections, ChangeHub hub) {
        PostgresChangeListener listener = new PostgresChangeListener(connections, hub);
        Thread thread = new Thread(listener, "roster-change-listener");
        thread.setDaemon(true);
        thread.start();
        try {
            listener.listening.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return listener;
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        long backoff = 500;
        boolean lost = false;
        while (running) {
            Connection connection = null;
            try {
                connection = connections.acquire();
                connection.setAutoCommit(true);
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                listening.countDown();
                if (lost) {
                    hub.missed(); // whatever was committed while the connection was down
                    lost = false;
                }
                backoff = 500;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            hub.deliver(ChangeHub.parse(notification.getParameter()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("the change feed lost its connection ({}); every cached permission is dropped, reconnecting", e.toString());
                    lost = true;
                    hub.missed();
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 30_000);
                }
            } finally {
                release(connection);
            }
        }
    }

    private void release(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            try (Statement unlisten = connection.createStatement()) {
                unlisten.execute("UNLISTEN " + CHANNEL);
            }
        } catch (SQLException ignored) {
            // the connection is gone; nothing listens on it any more
        }
        try {
            connections.release(connection);
        } catch (SQLException ignored) {
            // closing a broken connection
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
