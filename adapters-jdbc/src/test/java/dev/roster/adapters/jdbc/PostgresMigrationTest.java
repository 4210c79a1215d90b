package dev.roster.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The shipped PostgreSQL files on databases of their own, beside a host's own Flyway history. */
class PostgresMigrationTest {
    private static DataSource newDatabase(String name) throws SQLException {
        try (Connection c = TestDatabases.postgres().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        }
        return TestDatabases.postgres().getDatabase("postgres", name);
    }

    private static List<String> column(DataSource ds, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    @Test
    void migrateAppliesEveryShippedFileUnderItsOwnHistoryAndValidateThenPasses() throws SQLException {
        DataSource ds = newDatabase("host_app");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE flyway_schema_history (installed_rank int)");
            s.execute("INSERT INTO flyway_schema_history VALUES (7)");
        }

        JdbcRosterStore store = JdbcRosterStore.builder().dataSource(ds).schema(SchemaMode.MIGRATE).build();

        assertThat(store.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(column(ds, "SELECT installed_rank::text FROM flyway_schema_history")).containsExactly("7");
        assertThat(column(ds, "SELECT version FROM roster_schema_history WHERE success AND version <> '0' ORDER BY installed_rank"))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20");
        assertThat(column(ds, "SELECT attstattarget::text FROM pg_attribute WHERE attrelid = 'roster_user'::regclass "
                + "AND attname = 'search_text'")).containsExactly("300");
        // Keys compare by code unit whatever the database's own collation (the embedded one is C.UTF-8, so ask the columns).
        assertThat(column(ds, "SELECT table_name || '.' || column_name || '=' || coalesce(collation_name, 'default') "
                + "FROM information_schema.columns WHERE column_name LIKE '%\\_key' AND data_type = 'character varying' "
                + "AND table_name IN ('roster_user', 'roster_group', 'roster_invitation') ORDER BY 1"))
                .containsExactly("roster_group.name_key=C", "roster_invitation.email_key=C", "roster_invitation.name_key=C",
                        "roster_user.email_key=C", "roster_user.name_key=C", "roster_user.username_key=C");
        JdbcRosterStore.builder().dataSource(ds).schema(SchemaMode.VALIDATE).build();
    }

    @Test
    void validateOnADatabaseNeverMigratedFailsWithATypedError() throws SQLException {
        DataSource ds = newDatabase("never_migrated");
        StoreException e = catchThrowableOfType(StoreException.class,
                () -> JdbcRosterStore.builder().dataSource(ds).schema(SchemaMode.VALIDATE).build());
        assertThat(e.code()).isEqualTo(ErrorCode.STORE_FAILURE);
        assertThat(column(ds, "SELECT count(*)::text FROM pg_tables WHERE tablename LIKE 'roster%'")).containsExactly("0");
    }
}
