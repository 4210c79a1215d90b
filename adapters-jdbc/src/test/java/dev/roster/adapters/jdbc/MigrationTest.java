package dev.roster.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class MigrationTest {
    private static JdbcDataSource emptyH2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    private static long count(JdbcDataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void migrateKeepsItsOwnHistoryAndLeavesTheHostsHistoryAlone() throws SQLException {
        JdbcDataSource ds = emptyH2("host_schema");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE \"flyway_schema_history\" (installed_rank int)");
            s.execute("INSERT INTO \"flyway_schema_history\" VALUES (1)");
            s.execute("CREATE TABLE host_orders (id int)");
        }

        JdbcRosterStore store = JdbcRosterStore.builder().dataSource(ds).schema(SchemaMode.MIGRATE).build();

        assertThat(store.dialect()).isEqualTo(Dialect.H2);
        assertThat(count(ds, "SELECT count(*) FROM \"flyway_schema_history\"")).isEqualTo(1);
        assertThat(count(ds, "SELECT count(*) FROM \"roster_schema_history\" WHERE \"success\"")).isPositive();
        assertThat(count(ds, "SELECT count(*) FROM roster_user")).isZero();
        JdbcRosterStore.builder().dataSource(ds).schema(SchemaMode.MIGRATE).build(); // twice is fine
        JdbcRosterStore.builder().dataSource(ds).schema(SchemaMode.VALIDATE).build();
    }

    @Test
    void validateOnAnUnmigratedDatabaseFailsWithATypedError() {
        JdbcDataSource ds = emptyH2("never_migrated");
        StoreException e = catchThrowableOfType(StoreException.class,
                () -> JdbcRosterStore.builder().dataSource(ds).schema(SchemaMode.VALIDATE).build());
        assertThat(e.code()).isEqualTo(ErrorCode.STORE_FAILURE);
        assertThat(e.getMessage()).contains("validate schema");
    }

    @Test
    void noneTouchesNothing() throws SQLException {
        JdbcDataSource ds = emptyH2("host_runs_its_own_tool");
        JdbcRosterStore.builder().dataSource(ds).schema(SchemaMode.NONE).build();
        assertThat(count(ds, "SELECT count(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")).isZero();
    }
}
