package dev.roster.core.support;

import dev.roster.spi.store.AuditStore;
import dev.roster.spi.store.Capability;
import dev.roster.spi.store.InvitationStore;
import dev.roster.spi.store.RosterStore;
import dev.roster.spi.store.StoreTransaction;
import dev.roster.spi.store.Stores;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** A store that passes everything to a real one; tests override {@link #wrap} to fail or watch a step of each unit of work. */
public abstract class ForwardingStore implements RosterStore {
    protected final RosterStore delegate;

    protected ForwardingStore(RosterStore delegate) {
        this.delegate = delegate;
    }

    /** What a unit of work sees; the real transaction unless overridden. */
    protected StoreTransaction wrap(StoreTransaction tx) {
        return tx;
    }

    @Override
    public <T> T inTransaction(Function<? super StoreTransaction, ? extends T> work) {
        return delegate.inTransaction(tx -> work.apply(wrap(tx)));
    }

    @Override
    public <T> T read(Function<? super StoreTransaction, ? extends T> work) {
        return delegate.read(tx -> work.apply(wrap(tx)));
    }

    @Override
    public Set<Capability<?>> capabilities() {
        return delegate.capabilities();
    }

    /** The transaction with other invitation and audit stores, every port kept. */
    protected StoreTransaction with(StoreTransaction tx, InvitationStore invitations, AuditStore audit) {
        Map<Capability<?>, Object> ports = new HashMap<>();
        for (Capability<?> capability : delegate.capabilities()) {
            tx.port(capability).ifPresent(port -> ports.put(capability, port));
        }
        return new Stores(tx.tenants(), tx.users(), tx.userQueries(), invitations, tx.groups(), audit, ports);
    }
}
