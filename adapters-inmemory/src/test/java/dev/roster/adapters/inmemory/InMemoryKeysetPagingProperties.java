package dev.roster.adapters.inmemory;

import dev.roster.spi.store.RosterStore;
import dev.roster.spi.tck.KeysetPagingProperties;

class InMemoryKeysetPagingProperties extends KeysetPagingProperties {
    @Override
    protected RosterStore newStore() {
        return new InMemoryRosterStore();
    }
}
