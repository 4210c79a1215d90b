package dev.roster.benchmarks.store;

import dev.roster.adapters.jdbc.JdbcRosterStore;
import dev.roster.adapters.jdbc.SchemaMode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

/**
 * Keeps the benchmark's database running for experiments: loads it once into a data directory
 * that outlives the process, then serves it on a fixed port until stopped, for psql, pgbench and
 * {@code StoreBenchmark -Dstore.url=...}, which then skip the minute and a half of loading.
 * {@code -Dsandbox.dir} (default target/store-sandbox) and {@code -Dsandbox.port} (default 54329).
 */
public final class Sandbox {
    private Sandbox() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("sandbox.dir", "target/store-sandbox")).toAbsolutePath();
        int port = Integer.getInteger("sandbox.port", 54329);
        boolean loaded = Files.exists(dir.resolve("PG_VERSION"));
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("shared_buffers", "512MB").setServerConfig("max_wal_size", "4GB").start();
        if (!loaded) {
            JdbcRosterStore.builder().dataSource(pg.getPostgresDatabase()).schema(SchemaMode.MIGRATE).build();
            try (Connection c = pg.getPostgresDatabase().getConnection()) {
                LargeTenants.loadBoth(c, 1_000_000);
            }
        }
        System.out.println("ready: " + pg.getJdbcUrl("postgres", "postgres"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception e) {
                System.err.println("could not stop PostgreSQL: " + e);
            }
        }));
        Thread.currentThread().join();
    }
}
