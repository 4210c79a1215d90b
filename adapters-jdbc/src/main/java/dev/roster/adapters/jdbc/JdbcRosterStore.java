package dev.roster.adapters.jdbc;

import dev.roster.spi.access.CredentialStore;
import dev.roster.spi.access.SessionStore;
import dev.roster.spi.access.SignInStore;
import dev.roster.spi.change.ChangeFeed;
import dev.roster.spi.change.ChangeListener;
import dev.roster.spi.error.StoreException;
import dev.roster.spi.outbox.OutboxStore;
import dev.roster.spi.store.Capability;
import dev.roster.spi.store.RosterStore;
import dev.roster.spi.store.StoreTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Roster's store on PostgreSQL or H2. A unit of work is one JDBC transaction on one connection (or
 * the host's transaction, see {@link ConnectionProvider#hostTransaction}); a nested unit on the same
 * thread joins it. No {@link SQLException} leaves this class: see {@link Sql#translate}.
 */
public final class JdbcRosterStore implements RosterStore {
    private final ConnectionProvider connections;
    private final Dialect dialect;
    private final ThreadLocal<StoreTransaction> current = new ThreadLocal<>();
    // Where the change feed listens: a connection of its own, never the host's transaction.
    private final ConnectionProvider listening;
    private final ChangeHub hub;

    private JdbcRosterStore(ConnectionProvider connections, Dialect dialect, ConnectionProvider listening, Object database) {
        this.connections = connections;
        this.dialect = dialect;
        this.listening = listening;
        this.hub = ChangeHub.of(database);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Dialect dialect() {
        return dialect;
    }

    @Override
    public Set<Capability<?>> capabilities() {
        return offersChanges() ? Set.of(OutboxStore.CAPABILITY, CredentialStore.CAPABILITY, SignInStore.CAPABILITY, SessionStore.CAPABILITY,
                ChangeFeed.CAPABILITY) : Set.of(OutboxStore.CAPABILITY, CredentialStore.CAPABILITY, SignInStore.CAPABILITY, SessionStore.CAPABILITY);
    }

    /**
     * On PostgreSQL the feed needs a connection of its own to listen on, so a store built from a
     * host's connection provider alone offers none; on H2 it is in-process, for the instances of one JVM.
     */
    private boolean offersChanges() {
        return dialect != Dialect.POSTGRESQL || listening != null;
    }

    private ChangeFeed.Subscription subscribe(ChangeListener subscriber) {
        return hub.subscribe(subscriber, dialect == Dialect.POSTGRESQL ? listening : null);
    }

    @Override
    public <T> T inTransaction(Function<? super StoreTransaction, ? extends T> work) {
        return run(work, true);
    }

    /**
     * Reads run without an explicit transaction (each statement sees committed data), which saves
     * the commit round trip on the hot read paths: lookups, lists and counts.
     */
    @Override
    public <T> T read(Function<? super StoreTransaction, ? extends T> work) {
        return run(work, false);
    }

    private <T> T run(Function<? super StoreTransaction, ? extends T> work, boolean writes) {
        StoreTransaction joined = current.get();
        if (joined != null) {
            return work.apply(joined);
        }
        Connection connection = acquire();
        boolean manages = connections.ownsTransactions();
        boolean owns = manages && writes;
        try {
            if (owns && connection.getAutoCommit()) {
                connection.setAutoCommit(false);
            }
            Sql sql = new Sql(connection);
            List<Runnable> afterCommit = new ArrayList<>();
            ChangeFeed changes = offersChanges()
                    ? new JdbcChangeFeed(sql, dialect == Dialect.POSTGRESQL, afterCommit, hub, this::subscribe) : null;
            StoreTransaction stores = JdbcTransaction.on(sql, dialect, changes);
            current.set(stores);
            T result = work.apply(stores);
            if (owns) {
                connection.commit();
            } else if (manages && !connection.getAutoCommit()) {
                connection.rollback(); // a read on a connection handed out without autocommit: end its implicit transaction
            }
            afterCommit.forEach(Runnable::run);
            return result;
        } catch (SQLException e) {
            rollback(connection, manages);
            throw Sql.translate("commit unit of work", e);
        } catch (RuntimeException | Error e) {
            rollback(connection, manages);
            throw e;
        } finally {
            current.remove();
            release(connection, owns);
        }
    }

    private Connection acquire() {
        try {
            return connections.acquire();
        } catch (SQLException e) {
            throw new StoreException("open a connection", e);
        }
    }

    private static void rollback(Connection connection, boolean owns) {
        if (!owns) {
            return; // the host's transaction: the exception reaches the host, which rolls back
        }
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is gone (killed, network): the database discards the transaction
        }
    }

    private void release(Connection connection, boolean owns) {
        try {
            if (owns && !connection.isClosed()) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // a broken connection is closed below and dropped by the pool
        }
        try {
            connections.release(connection);
        } catch (SQLException e) {
            throw new StoreException("release the connection", e);
        }
    }

    /** Configures the store; {@link #dataSource} or {@link #connections} is required. */
    public static final class Builder {
        private DataSource dataSource;
        private ConnectionProvider connections;
        private SchemaMode schema = SchemaMode.MIGRATE;

        private Builder() {
        }

        /** Roster takes connections from here and owns its transactions; also used for migrations. */
        public Builder dataSource(DataSource value) {
            this.dataSource = value;
            return this;
        }

        /** Where units get their connections instead (to join the host's transactions); migrations still need {@link #dataSource}. */
        public Builder connections(ConnectionProvider value) {
            this.connections = value;
            return this;
        }

        /** Default MIGRATE. */
        public Builder schema(SchemaMode value) {
            this.schema = Objects.requireNonNull(value, "schema");
            return this;
        }

        public JdbcRosterStore build() {
            if (dataSource == null && connections == null) {
                throw new IllegalStateException("a dataSource or a connection provider is required");
            }
            if (schema != SchemaMode.NONE && dataSource == null) {
                throw new IllegalStateException("schema mode " + schema + " needs a dataSource");
            }
            ConnectionProvider provider = connections != null ? connections : ConnectionProvider.of(dataSource);
            Dialect dialect = detect(dataSource != null ? ConnectionProvider.of(dataSource) : provider);
            if (dataSource != null) {
                Migrations.apply(dataSource, dialect, schema);
            }
            ConnectionProvider listening = dataSource != null ? ConnectionProvider.of(dataSource)
                    : connections.ownsTransactions() ? connections : null;
            return new JdbcRosterStore(provider, dialect, listening, dataSource != null ? dataSource : provider);
        }

        private static Dialect detect(ConnectionProvider provider) {
            Connection connection = null;
            try {
                connection = provider.acquire();
                return Dialect.detect(connection);
            } catch (SQLException e) {
                throw new StoreException("open a connection", e);
            } finally {
                if (connection != null) {
                    try {
                        provider.release(connection);
                    } catch (SQLException ignored) {
                        // detection is done; nothing was written
                    }
                }
            }
        }
    }
}
