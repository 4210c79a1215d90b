package dev.roster.adapters.inmemory;

import dev.roster.spi.access.CredentialStore;
import dev.roster.spi.access.SessionStore;
import dev.roster.spi.access.SignInStore;
import dev.roster.spi.change.ChangeFeed;
import dev.roster.spi.outbox.OutboxStore;
import dev.roster.spi.store.Capability;
import dev.roster.spi.store.RosterStore;
import dev.roster.spi.store.StoreTransaction;
import dev.roster.spi.store.Stores;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * Everything in memory, for tests, examples and single-process hosts. Units of work that write run
 * one at a time under a write lock and are undone step by step when they throw; read-only units
 * share a read lock. It enforces the same uniqueness and version rules as the JDBC stores.
 */
public final class InMemoryRosterStore implements RosterStore {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ThreadLocal<Unit> current = new ThreadLocal<>();
    private final InMemoryData data = new InMemoryData(this::undoLog);
    private final InMemoryChangeFeed changes = new InMemoryChangeFeed(this::afterCommit);
    private final StoreTransaction stores = new Stores(new InMemoryTenantStore(data), new InMemoryUserStore(data),
            new InMemoryUserQueryStore(data), new InMemoryInvitationStore(data), new InMemoryGroupStore(data),
            new InMemoryAuditStore(data, this::nextAuditSequence), Map.of(OutboxStore.CAPABILITY, new InMemoryOutboxStore(data), ChangeFeed.CAPABILITY, changes,
            CredentialStore.CAPABILITY, new InMemoryCredentialStore(data), SignInStore.CAPABILITY, new InMemorySignInStore(data),
            SessionStore.CAPABILITY, new InMemorySessionStore(data)));
    private long auditSequence;

    @Override
    public <T> T inTransaction(Function<? super StoreTransaction, ? extends T> work) {
        Unit joined = current.get();
        if (joined != null) {
            if (!joined.writable) {
                throw new IllegalStateException("a read-only unit of work cannot start a writing one");
            }
            return work.apply(stores);
        }
        lock.writeLock().lock();
        Unit unit = new Unit(true);
        current.set(unit);
        T result;
        try {
            result = work.apply(stores);
        } catch (RuntimeException | Error e) {
            unit.undo.rollback();
            throw e;
        } finally {
            current.remove();
            lock.writeLock().unlock();
        }
        unit.afterCommit.forEach(Runnable::run);
        return result;
    }

    @Override
    public Set<Capability<?>> capabilities() {
        return Set.of(OutboxStore.CAPABILITY, ChangeFeed.CAPABILITY, CredentialStore.CAPABILITY, SignInStore.CAPABILITY,
                SessionStore.CAPABILITY);
    }

    @Override
    public <T> T read(Function<? super StoreTransaction, ? extends T> work) {
        if (current.get() != null) {
            return work.apply(stores);
        }
        lock.readLock().lock();
        current.set(new Unit(false));
        try {
            return work.apply(stores);
        } finally {
            current.remove();
            lock.readLock().unlock();
        }
    }

    private void afterCommit(Runnable action) {
        Unit unit = current.get();
        if (unit == null || !unit.writable) {
            throw new IllegalStateException("changes are announced only inside inTransaction");
        }
        unit.afterCommit.add(action);
    }

    private UndoLog undoLog() {
        Unit unit = current.get();
        if (unit == null || !unit.writable) {
            throw new IllegalStateException("in-memory stores change only inside inTransaction");
        }
        return unit.undo;
    }

    long nextAuditSequence() {
        return ++auditSequence;
    }

    private static final class Unit {
        final boolean writable;
        final UndoLog undo = new UndoLog();
        final List<Runnable> afterCommit = new ArrayList<>();

        Unit(boolean writable) {
            this.writable = writable;
        }
    }
}
