package dev.roster.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.roster.adapters.jdbc.JdbcRosterStore;
import dev.roster.adapters.jdbc.SchemaMode;
import dev.roster.core.mail.SealingKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

    /**
     * The key that seals invitation tokens in the outbox. A deployment keeps it with its other
     * secrets; the tour keeps it beside its database file (or takes {@code -Droster.sealing.key}),
     * so messages queued by one run can still be sent by the next.
     */
    SealingKey sealingKey() {
        String given = System.getProperty("roster.sealing.key");
        if (given != null) {
            return SealingKey.fromBase64("tour", given);
        }
        Path file = Path.of("target", "roster-tour", "sealing-key");
        try {
            if (Files.exists(file)) {
                return SealingKey.fromBase64("tour", Files.readString(file).strip());
            }
            SealingKey key = SealingKey.generate("tour");
            Files.createDirectories(file.getParent());
            Files.writeString(file, key.toBase64());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("keep the tour's sealing key in " + file, e);
        }
    }

    String describe() {
        return store.dialect() + " at " + pool.getJdbcUrl();
    }

    @Override
    public void close() {
        pool.close();
    }
}
