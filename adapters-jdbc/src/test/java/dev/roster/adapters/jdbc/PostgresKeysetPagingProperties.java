package dev.roster.adapters.jdbc;

import dev.roster.spi.store.RosterStore;
import dev.roster.spi.tck.KeysetPagingProperties;

class PostgresKeysetPagingProperties extends KeysetPagingProperties {
    @Override
    protected RosterStore newStore() {
        return TestDatabases.fresh(TestDatabases.postgresPool());
    }
}
