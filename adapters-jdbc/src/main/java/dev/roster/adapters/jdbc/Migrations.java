package dev.roster.adapters.jdbc;

import dev.roster.spi.error.StoreException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Applies or validates the shipped migrations under {@code db/roster/<database>/} with Flyway, in
 * Roster's own history table, so a host's own Flyway history is never touched.
 */
public final class Migrations {
    public static final String HISTORY_TABLE = "roster_schema_history";

    private Migrations() {
    }

    public static void apply(DataSource dataSource, Dialect dialect, SchemaMode mode) {
        if (mode == SchemaMode.NONE) {
            return;
        }
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations("classpath:db/roster/" + dialect.migrationFolder())
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
