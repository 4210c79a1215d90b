package dev.roster.examples;

import dev.roster.adapters.jdbc.JdbcRosterStore;
import dev.roster.adapters.jdbc.SchemaMode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;

/**
 * Where the tour keeps its data: an H2 database file under {@code target/roster-tour} by default,
 * or the database at {@code -Droster.db=<jdbc url>} (with {@code -Droster.db.user} and
 * {@code -Droster.db.password}), for example a PostgreSQL server.
 */
final class TourDatabase implements AutoCloseable {
    private final HikariDataSource pool;
    private final JdbcRosterStore store;

    TourDatabase() {
        String url = System.getProperty("roster.db",
                "jdbc:h2:file:" + Path.of("target", "roster-tour", "roster").toAbsolutePath() + ";AUTO_SERVER=FALSE");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(System.getProperty("roster.db.user", url.startsWith("jdbc:h2:") ? "sa" : "postgres"));
        config.setPassword(System.getProperty("roster.db.password", ""));
        config.setMaximumPoolSize(4);
        this.pool = new HikariDataSource(config);
        this.store = JdbcRosterStore.builder().dataSource(pool).schema(SchemaMode.MIGRATE).build();
    }

    JdbcRosterStore store() {
        return store;
    }

    String describe() {
        return store.dialect() + " at " + pool.getJdbcUrl();
    }

    @Override
    public void close() {
        pool.close();
    }
}
