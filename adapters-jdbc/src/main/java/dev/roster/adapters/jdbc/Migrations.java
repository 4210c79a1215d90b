package dev.roster.adapters.jdbc;

import dev.roster.spi.error.StoreException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Applies or validates the shipped migrations under {@code db/roster/<database>/} with Flyway, in
 * Roster's own history table, so a host's own Flyway history is never touched.
 */
public final class Migrations {
    public static final String HISTORY_TABLE = "roster_schema_history";

    private Migrations() {
    }

    /**
     * The migrations written in Java (email keys and invitation name keys, which only Java computes), for a host that applies
     * the SQL files with its own Flyway: {@code Flyway.configure().javaMigrations(Migrations.javaMigrations())}.
     */
    public static JavaMigration[] javaMigrations() {
        return new JavaMigration[] {new EmailKeyMigration(), new InvitationKeysMigration()};
    }

    public static void apply(DataSource dataSource, Dialect dialect, SchemaMode mode) {
        apply(dataSource, dialect, mode, MigrationVersion.LATEST);
    }

    /** Up to {@code target} only: tests use it to build a schema as an older release left it. */
    static void apply(DataSource dataSource, Dialect dialect, SchemaMode mode, MigrationVersion target) {
        if (mode == SchemaMode.NONE) {
            return;
        }
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .target(target)
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations("classpath:db/roster/" + dialect.migrationFolder())
                .javaMigrations(javaMigrations())
                // The host's schema may already hold its own tables: start Roster's history at zero.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .cleanDisabled(true)
                .load();
        try {
            if (mode == SchemaMode.MIGRATE) {
                flyway.migrate();
            } else {
                flyway.validate();
            }
        } catch (FlywayException e) {
            throw new StoreException(mode == SchemaMode.MIGRATE ? "migrate schema" : "validate schema", e);
        }
    }
}
