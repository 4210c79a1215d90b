package dev.roster.spring.autoconfigure;

import dev.roster.adapters.jdbc.ConnectionProvider;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Connections for Roster's JDBC store that join the application's Spring transaction when one is open
 * on the thread (so a Roster call inside a {@code @Transactional} method commits or rolls back with it),
 * and otherwise come from the DataSource with Roster owning its own transaction.
 */
final class SpringTransactions implements ConnectionProvider {
    private final DataSource dataSource;

    SpringTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection acquire() throws SQLException {
        return DataSourceUtils.getConnection(dataSource);
    }

    @Override
    public void release(Connection connection) {
        DataSourceUtils.releaseConnection(connection, dataSource); // closes it unless the transaction holds it
    }

    /** Asked once per unit of work, on its thread: Roster commits only outside the application's transaction. */
    @Override
    public boolean ownsTransactions() {
        return !TransactionSynchronizationManager.isActualTransactionActive();
    }
}
