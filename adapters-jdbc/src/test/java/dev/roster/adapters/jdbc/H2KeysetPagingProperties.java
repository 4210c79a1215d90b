package dev.roster.adapters.jdbc;

import dev.roster.spi.store.RosterStore;
import dev.roster.spi.tck.KeysetPagingProperties;

class H2KeysetPagingProperties extends KeysetPagingProperties {
    @Override
    protected RosterStore newStore() {
        return TestDatabases.fresh(TestDatabases.h2());
    }
}
