package dev.roster.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Where a unit of work gets its connection. Either Roster owns the transaction (a connection from
 * a {@link DataSource}, committed or rolled back and closed by Roster), or it joins the transaction
 * the host already holds on the current thread (the host commits, rolls back and closes).
 */
public interface ConnectionProvider {
    Connection acquire() throws SQLException;

    void release(Connection connection) throws SQLException;

    /** Whether Roster begins, commits and rolls back the transaction itself. */
    boolean ownsTransactions();

    static ConnectionProvider of(DataSource dataSource) {
        return new ConnectionProvider() {
            @Override
            public Connection acquire() throws SQLException {
                return dataSource.getConnection();
            }

            @Override
            public void release(Connection connection) throws SQLException {
                connection.close();
            }

            @Override
            public boolean ownsTransactions() {
                return true;
            }
        };
    }

    /**
     * Joins the host's transaction: {@code current} returns the connection of the transaction the
     * host has open on this thread (for example Spring's {@code DataSourceUtils.getConnection}).
     * A failure inside Roster propagates to the host, whose transaction then rolls back everything.
     */
    static ConnectionProvider hostTransaction(Supplier<Connection> current) {
        return new ConnectionProvider() {
            @Override
            public Connection acquire() {
                return current.get();
            }

            @Override
            public void release(Connection connection) {
                // the host's connection: the host closes it
            }

            @Override
            public boolean ownsTransactions() {
                return false;
            }
        };
    }
}
