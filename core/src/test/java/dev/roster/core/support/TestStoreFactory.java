package dev.roster.core.support;

import dev.roster.adapters.inmemory.InMemoryRosterStore;
import dev.roster.spi.store.RosterStore;

/**
 * Where the core tests get their store. Without an implementation on the classpath they use the
 * in-memory store; an adapter module puts one in its test resources
 * ({@code META-INF/services/dev.roster.core.support.TestStoreFactory}) and runs the core tests
 * again on its own store.
 */
public interface TestStoreFactory {
    /** A store with no data in it. */
    RosterStore fresh();

    static RosterStore freshStore() {
        return java.util.ServiceLoader.load(TestStoreFactory.class).findFirst()
                .map(TestStoreFactory::fresh)
                .orElseGet(dev.roster.adapters.inmemory.InMemoryRosterStore::new);
    }
}
