package dev.roster.spi.tck;

import dev.roster.spi.error.RosterException;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.store.RosterStore;
import dev.roster.spi.store.StoreTransaction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of every contract class: a fresh store per test (the one factory hook an adapter writes),
 * with tenants "t1" and "t2" already in it.
 */
public abstract class StoreContract {
    protected static final TenantId T1 = TenantId.of("t1");
    protected static final TenantId T2 = TenantId.of("t2");

    /** The store under test, made fresh before each test. */
    public RosterStore store;

    /** A new, empty store. Called before each test. */
    protected abstract RosterStore newStore();

    /** A new store with tenants "t1" and "t2", for running one check outside JUnit's lifecycle. */
    public RosterStore newStoreForCheck() {
        createStore();
        return store;
    }

    @BeforeEach
    void createStore() {
        store = newStore();
        write(tx -> {
            tx.tenants().insert(Records.tenant("t1"));
            tx.tenants().insert(Records.tenant("t2"));
        });
    }

    protected <T> T tx(Function<StoreTransaction, T> work) {
        return store.inTransaction(work::apply);
    }

    protected void write(Consumer<StoreTransaction> work) {
        store.inTransaction(tx -> {
            work.accept(tx);
            return null;
        });
    }

    protected <T> T read(Function<StoreTransaction, T> work) {
        return store.read(work::apply);
    }

    /** Runs {@code work} in its own unit and returns the RosterException it threw (fails if none). */
    protected RosterException failure(Consumer<StoreTransaction> work) {
        try {
            write(work);
        } catch (RosterException e) {
            return e;
        }
        throw new AssertionError("expected a RosterException");
    }
}
