package dev.roster.adapters.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * One embedded PostgreSQL (binaries from Maven) and one in-memory H2 per test JVM, each migrated
 * once with exactly the shipped files; {@link #fresh} empties the tables between tests.
 */
final class TestDatabases {
    private static final List<String> TABLES = List.of("roster_password_reset", "roster_session", "roster_access_stamp", "roster_sign_in_attempt", "roster_sign_in", "roster_credential", "roster_outbox", "roster_email_key_report", "roster_audit", "roster_group", "roster_invitation_count", "roster_invitation",
            "roster_user_count", "roster_user", "roster_tenant");

    private static EmbeddedPostgres postgres;
    private static HikariDataSource postgresPool;
    private static DataSource h2;

    private TestDatabases() {
    }

    static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }));
        }
        return postgres;
    }

    static synchronized DataSource postgresPool() {
        if (postgresPool == null) {
            postgresPool = pool(postgres().getJdbcUrl("postgres", "postgres"), 10);
            JdbcRosterStore.builder().dataSource(postgresPool).schema(SchemaMode.MIGRATE).build();
        }
        return postgresPool;
    }

    /** A separate pool on the same PostgreSQL database, as a second application instance would have. */
    static HikariDataSource newPostgresPool(int size) {
        postgresPool();
        return pool(postgres().getJdbcUrl("postgres", "postgres"), size);
    }

    static synchronized DataSource h2() {
        if (h2 == null) {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:mem:roster;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
            h2 = ds;
            JdbcRosterStore.builder().dataSource(h2).schema(SchemaMode.MIGRATE).build();
        }
        return h2;
    }

    /** A store on emptied tables. */
    static JdbcRosterStore fresh(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                s.execute("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return JdbcRosterStore.builder().dataSource(dataSource).schema(SchemaMode.NONE).build();
    }

    private static HikariDataSource pool(String url, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("postgres");
        config.setMaximumPoolSize(size);
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }
}
