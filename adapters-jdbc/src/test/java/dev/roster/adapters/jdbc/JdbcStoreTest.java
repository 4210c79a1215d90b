package dev.roster.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;
import dev.roster.spi.error.StoreException;
import dev.roster.spi.model.Profile;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.tck.Records;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the contract does not cover: the host's transaction, size checks, and failures to connect. */
class JdbcStoreTest {
    private static final TenantId T = TenantId.of("t1");

    @BeforeEach
    void emptyTables() {
        JdbcRosterStore store = TestDatabases.fresh(TestDatabases.h2());
        store.inTransaction(tx -> {
            tx.tenants().insert(Records.tenant("t1"));
            return null;
        });
    }

    private static long users(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM roster_user")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void unitsJoinTheHostsTransactionWhichDecidesTheOutcome() throws SQLException {
        try (Connection host = TestDatabases.h2().getConnection()) {
            host.setAutoCommit(false);
            JdbcRosterStore joined = JdbcRosterStore.builder().connections(ConnectionProvider.hostTransaction(() -> host))
                    .schema(SchemaMode.NONE).build();

            joined.inTransaction(tx -> {
                tx.users().insert(Records.user(T, "rolled@back.example"));
                return null;
            });
            assertThat(users(host)).isEqualTo(1); // visible inside the host's transaction
            host.rollback();
            assertThat(users(host)).isZero();

            joined.inTransaction(tx -> {
                tx.users().insert(Records.user(T, "kept@host.example"));
                return null;
            });
            host.commit();
        }
        try (Connection other = TestDatabases.h2().getConnection()) {
            assertThat(users(other)).isEqualTo(1);
        }
    }

    @Test
    void readsOnAConnectionHandedOutWithoutAutocommitEndTheirImplicitTransaction() throws SQLException {
        try (Connection real = TestDatabases.h2().getConnection()) {
            real.setAutoCommit(false);
            AtomicInteger rollbacks = new AtomicInteger();
            Connection pooled = (Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("rollback")) {
                            rollbacks.incrementAndGet();
                        }
                        return method.invoke(real, args);
                    });
            ConnectionProvider pool = new ConnectionProvider() {
                @Override
                public Connection acquire() {
                    return pooled;
                }

                @Override
                public void release(Connection connection) {
                    // a pool would take it back here, possibly without resetting it
                }

                @Override
                public boolean ownsTransactions() {
                    return true;
                }
            };
            JdbcRosterStore store = JdbcRosterStore.builder().connections(pool).schema(SchemaMode.NONE).build();

            java.util.Optional<dev.roster.spi.model.Tenant> found = store.read(tx -> tx.tenants().find(T));
            assertThat(found).isPresent();

            assertThat(rollbacks.get()).isEqualTo(1);
        }
    }

    @Test
    void oversizedValuesAreRejectedBeforeAnySqlRuns() {
        CountingDataSource counting = new CountingDataSource(TestDatabases.h2());
        JdbcRosterStore store = JdbcRosterStore.builder().dataSource(counting).schema(SchemaMode.NONE).build();
        User base = Records.user(T, "long@name.example");
        Profile p = base.profile();
        User tooLong = base.toBuilder().profile(new Profile("x".repeat(101), p.lastName(), p.displayName(), null, null, null, null, null))
                .build();
        int before = counting.statements.get();

        RosterException e = catchThrowableOfType(RosterException.class, () -> store.inTransaction(tx -> {
            tx.users().insert(tooLong);
            return null;
        }));

        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(e.getMessage()).contains("firstName");
        assertThat(counting.statements.get()).isEqualTo(before);
    }

    @Test
    void aDatabaseThatCannotBeReachedGivesATypedErrorNamingTheStep() {
        CountingDataSource broken = new CountingDataSource(TestDatabases.h2());
        JdbcRosterStore store = JdbcRosterStore.builder().dataSource(broken).schema(SchemaMode.NONE).build();
        broken.down = true;

        StoreException e = catchThrowableOfType(StoreException.class, () -> store.read(tx -> tx.tenants().find(T)));

        assertThat(e.code()).isEqualTo(ErrorCode.STORE_FAILURE);
        assertThat(e.getMessage()).contains("open a connection");
        assertThat(e.getCause()).isInstanceOf(SQLException.class);
    }

    /** Counts prepared statements, and can pretend the database is down. */
    private static final class CountingDataSource implements DataSource {
        private final DataSource delegate;
        final AtomicInteger statements = new AtomicInteger();
        volatile boolean down;

        CountingDataSource(DataSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (down) {
                throw new SQLException("Connection refused", "08001");
            }
            Connection real = delegate.getConnection();
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("prepareStatement")) {
                            statements.incrementAndGet();
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (java.lang.reflect.InvocationTargetException ex) {
                            throw ex.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
