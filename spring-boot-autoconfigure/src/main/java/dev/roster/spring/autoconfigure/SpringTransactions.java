package dev.roster.spring.autoconfigure;

import dev.roster.adapters.jdbc.ConnectionProvider;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Connections for Roster's JDBC store that join the application's Spring transaction when one is open
 * on the thread (so a Roster call inside a {@code @Transactional} method commits or rolls back with it),
 * and otherwise come from the DataSource with Roster owning its own transaction.
 */
final class SpringTransactions implements ConnectionProvider, JoinedTransaction {
    private final DataSource dataSource;

    SpringTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Outside a transaction on its DataSource, a connection of Roster's own: never one bound to another transaction's synchronization. */
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Connection acquire() throws SQLException {
        return joinsTransaction() ? DataSourceUtils.getConnection(dataSource) : dataSource.getConnection();
    }

    @Override
    public void release(Connection connection) {
        DataSourceUtils.releaseConnection(connection, dataSource); // closes it unless the transaction holds it
    }

    /**
     * Asked once per unit of work, on its thread: Roster commits only outside a Spring transaction on its own
     * DataSource. A transaction the application holds on another DataSource is not Roster's to join, so
     * Roster then owns its unit as it does outside any transaction.
     */
    @Override
    public boolean ownsTransactions() {
        return !joinsTransaction();
    }

    /** A Spring transaction holds a connection of this DataSource on this thread, with autocommit off (a real transaction). */
    @Override
    public boolean joinsTransaction() {
        if (!(TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder holder) || !holder.isSynchronizedWithTransaction()) {
            return false;
        }
        try {
            return !holder.getConnection().getAutoCommit();
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
