package dev.roster.adapters.jdbc;

import dev.roster.core.support.TestStoreFactory;
import dev.roster.spi.store.RosterStore;

/** Makes the core tests, run in this module, use PostgreSQL with emptied tables. */
public final class PostgresTestStoreFactory implements TestStoreFactory {
    @Override
    public RosterStore fresh() {
        return TestDatabases.fresh(TestDatabases.postgresPool());
    }
}
